/**
 * A flow's texts in another language, and how they are laid over its English. Pure.
 *
 * The English flow stays the data: its ids, codes, conditions, levels and recommendations
 * are what the engine runs, so a language only ever replaces words. Texts are keyed by the
 * flow's stable ids (item `linkId`, option code, outcome id), never by position, so a
 * question added to the flow cannot shift every later translation by one. The tables come
 * from the library's French and Spanish chunks or from a developer's `registerLanguage`,
 * so they are read defensively: anything that is not a non-empty text stays English.
 */
import type { AnswerOption, Flow, FlowItem, Outcome } from './flow-types.js';

/** Everything a visitor reads in a flow, keyed by the flow's ids; the shape of a language. */
export interface FlowTexts {
  readonly title: string;
  readonly intro: string;
  /** By linkId. */
  readonly items: Readonly<
    Record<
      string,
      {
        readonly text: string;
        readonly helpText?: string;
        /** By option code. */
        readonly options?: Readonly<Record<string, string>>;
      }
    >
  >;
  /** By outcome id. */
  readonly outcomes: Readonly<Record<string, { readonly title: string; readonly advice: string }>>;
}

type ItemTexts = FlowTexts['items'][string];

/** A key's value in a table that may be anything: own keys only, so `constructor` is no text. */
function entry(table: unknown, key: string): unknown {
  return typeof table === 'object' && table !== null && Object.hasOwn(table, key)
    ? (table as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The given text, or the English one. An empty text counts as missing: a blank question or
 * a blank emergency advice would be worse than English.
 */
function over(english: string, table: unknown, key: string): string {
  const given = entry(table, key);
  return typeof given === 'string' && given.trim() ? given : english;
}

function localizeOption(option: AnswerOption, options: unknown): AnswerOption {
  const { code, display } = option.valueCoding;
  const text = over(display, options, code);
  return text === display ? option : { ...option, valueCoding: { code, display: text } };
}

function localizeItem(item: FlowItem, texts: unknown): FlowItem {
  if (texts === undefined) return item;
  const localized: { -readonly [K in keyof FlowItem]: FlowItem[K] } = {
    ...item,
    text: over(item.text, texts, 'text'),
  };
  // Help text is only replaced where English has one: a language cannot add a line.
  if (item.helpText !== undefined) localized.helpText = over(item.helpText, texts, 'helpText');
  const options = entry(texts, 'options');
  if (item.answerOption)
    localized.answerOption = item.answerOption.map((option) => localizeOption(option, options));
  return localized;
}

function localizeOutcome(outcome: Outcome, texts: unknown): Outcome {
  if (texts === undefined) return outcome;
  return {
    ...outcome,
    title: over(outcome.title, texts, 'title'),
    advice: over(outcome.advice, texts, 'advice'),
  };
}

/**
 * The flow with `texts` laid over its English, field by field; ids, codes, conditions
 * untouched; a missing text stays English.
 */
export function localizeFlow(flow: Flow, texts: Partial<FlowTexts> | undefined): Flow {
  if (texts === undefined) return flow;
  const items = entry(texts, 'items');
  const outcomes = entry(texts, 'outcomes');
  return {
    ...flow,
    title: over(flow.title, texts, 'title'),
    intro: over(flow.intro, texts, 'intro'),
    item: flow.item.map((item) => localizeItem(item, entry(items, item.linkId))),
    outcomes: flow.outcomes.map((outcome) => localizeOutcome(outcome, entry(outcomes, outcome.id))),
  };
}

function itemTexts(item: FlowItem): ItemTexts {
  const options = item.answerOption?.map(
    (option) => [option.valueCoding.code, option.valueCoding.display] as const,
  );
  return {
    text: item.text,
    ...(item.helpText === undefined ? {} : { helpText: item.helpText }),
    ...(options ? { options: Object.fromEntries(options) } : {}),
  };
}

/** The English texts of a flow in the same shape (used by tests to check completeness). */
export function flowTexts(flow: Flow): FlowTexts {
  return {
    title: flow.title,
    intro: flow.intro,
    items: Object.fromEntries(flow.item.map((item) => [item.linkId, itemTexts(item)])),
    outcomes: Object.fromEntries(
      flow.outcomes.map(({ id, title, advice }) => [id, { title, advice }]),
    ),
  };
}
