/**
 * What a technique card shows: the technique it starts from (built in, or given as data),
 * overridden by its attributes. Pure: every attribute takes the limit of the JSON field it
 * stands for, and each problem names its attribute, for the card to report.
 */
import { isRecord } from '../shared/json-config.js';
import { asText } from '../shared/as-text.js';
import { MAX_TEXTS } from '../shared/json-fields.js';
import { fitText, tooLong } from '../shared/fit-text.js';
import { listInMessage, type JsonProblem } from '../shared/log.js';
import {
  GOALS,
  TECHNIQUE_ID_MAX_LENGTH,
  TEXT_LIMITS,
  isGoal,
  isTechniqueId,
} from './technique-types.js';
import type { Goal, PressureLevel, SessionLength, Technique } from './technique-types.js';
import { toPressureLevel, toSessionLength } from './technique-schema.js';
import { BUILT_IN_TECHNIQUE_IDS, findTechnique } from './built-in-techniques.js';
import { localizeTechnique, type TechniqueTexts } from './technique-texts.js';
import type { CardMessages } from './card-messages.js';

/** What the card shows: a technique with every field optional but the name. */
export interface CardContent {
  readonly id: string | undefined;
  readonly name: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly pressure: PressureLevel | undefined;
  readonly pressureLabel: string | undefined;
  readonly goals: readonly Goal[];
  readonly feelsLike: string | undefined;
  readonly cautions: readonly string[];
  readonly duration: SessionLength | undefined;
  readonly price: string | undefined;
}

/** The card's content, or why it has none: an unknown id, nothing set, or input refused. */
export type Resolved =
  | { readonly kind: 'card'; readonly content: CardContent }
  | { readonly kind: 'unknown'; readonly id: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'refused' };

/** The note a card shows instead of a technique: why it has none, in the language of `text`. */
export function noCardText(
  resolved: Exclude<Resolved, { kind: 'card' }>,
  text: CardMessages,
): string {
  if (resolved.kind === 'unknown') return text.unknownTechnique(resolved.id);
  return resolved.kind === 'refused' ? text.refused : text.empty;
}

/** The card's attributes (and its `data` property), as the page set them. */
export interface CardInput {
  readonly technique?: string | undefined;
  /** A technique as data: the list's parsed JSON, the built-in catalog, or a page's object (checked by badData). */
  readonly data?: Technique | undefined;
  readonly name?: string | undefined;
  readonly summary?: string | undefined;
  readonly pressure?: string | number | undefined;
  readonly duration?: string | undefined;
  readonly price?: string | undefined;
  readonly goals?: string | undefined;
}

/** The longest each text attribute may be: the limit of the JSON field it overrides. */
export const ATTRIBUTE_LIMITS = {
  technique: TECHNIQUE_ID_MAX_LENGTH,
  name: TEXT_LIMITS.name,
  summary: TEXT_LIMITS.summary,
  price: TEXT_LIMITS.price,
} as const;

/**
 * The card's content from its input. A built-in technique speaks the language of `texts`
 * (the card's `techniques` texts; none: English); the attributes are the page's own words.
 * Bad input is refused (the technique's own value shows instead) with one problem each,
 * named by its attribute; nothing here throws.
 */
export function resolveCard(
  input: CardInput,
  texts?: Partial<TechniqueTexts>,
): { resolved: Resolved; problems: JsonProblem[] } {
  const problems: JsonProblem[] = [];
  const report = (path: string, value: unknown, reason: string) =>
    problems.push({ path, value, reason });

  /** An attribute's trimmed text; '' hides the field; undefined when unset or too long. */
  const text = (attribute: keyof typeof ATTRIBUTE_LIMITS): string | undefined => {
    const given = input[attribute];
    if (given === undefined || given === null) return undefined;
    const fitted = fitText(given, ATTRIBUTE_LIMITS[attribute]);
    if (fitted === false) report(attribute, given, tooLong(ATTRIBUTE_LIMITS[attribute]));
    return fitted === false ? undefined : (fitted ?? '');
  };

  const technique = text('technique') || undefined;
  // `data` is typed, not checked: a page may set anything. Refused, it counts as given.
  const bad = input.data === undefined ? undefined : badData(input.data);
  if (bad) report(...bad);
  const data = bad ? undefined : input.data;
  const found = data ?? (technique ? findTechnique(technique) : undefined);
  const base = found && localizeTechnique(found, texts);
  const name = text('name') || base?.name;
  if (!name) {
    if (technique) {
      report(
        'technique',
        technique,
        `unknown technique; use one of ${BUILT_IN_TECHNIQUE_IDS.join(', ')}, or give your own technique a name`,
      );
      return { resolved: { kind: 'unknown', id: technique }, problems };
    }
    // Refused input was reported already: one message says what was wrong.
    if (problems.length) return { resolved: { kind: 'refused' }, problems };
    report('technique', '', 'set a built-in technique id, or a name for your own card');
    return { resolved: { kind: 'empty' }, problems };
  }
  const pressure = overridePressure(input.pressure, report);
  return {
    resolved: {
      kind: 'card',
      content: {
        id: base?.id ?? technique,
        name,
        summary: text('summary') ?? base?.summary,
        description: base?.description,
        // A new level brings its own word: the built-in label described the old one.
        pressure: pressure ?? base?.pressure,
        pressureLabel: pressure === undefined ? base?.pressureLabel : undefined,
        goals: overrideGoals(input.goals, report) ?? base?.goals ?? [],
        feelsLike: base?.feelsLike,
        cautions: base?.cautions ?? [],
        duration: overrideDuration(input.duration, report) ?? base?.duration,
        price: text('price') ?? base?.price,
      },
    },
    problems,
  };
}

type Report = (path: string, value: unknown, reason: string) => void;

/** What each field of a technique set as data must be for the card to show it. */
const DATA_FIELDS: Record<string, (value: unknown) => unknown> = {
  id: isTechniqueId,
  pressure: toPressureLevel,
  goals: (value) => Array.isArray(value) && value.length <= GOALS.length && value.every(isGoal),
  cautions: (value) =>
    Array.isArray(value) &&
    value.length <= MAX_TEXTS &&
    value.every((caution) => fits(caution, TEXT_LIMITS.caution)),
  duration: (value) => isRecord(value) && toSessionLength([value['min'], value['max']]),
};
for (const [field, limit] of Object.entries(TEXT_LIMITS))
  DATA_FIELDS[field] ??= (value) => fits(value, limit);

const fits = (value: unknown, limit: number) => typeof value === 'string' && value.length <= limit;

/**
 * The first field of a technique set as data that the card cannot show as it is, or
 * undefined: a small structural check (types, the JSON text limits, known goals), not the
 * whole schema, which stays out of the card's bundle. A name is required; other fields may
 * be absent.
 */
export function badData(data: unknown): [path: string, value: unknown, reason: string] | undefined {
  if (!isRecord(data)) return ['data', data, 'expected a Technique object'];
  for (const field in DATA_FIELDS) {
    const value = data[field];
    if ((value !== undefined || field === 'name') && !DATA_FIELDS[field]!(value))
      return [`data.${field}`, value, 'does not match the Technique type or its limits'];
  }
  return undefined;
}

function overridePressure(
  given: string | number | undefined,
  report: Report,
): PressureLevel | undefined {
  if (given === undefined || given === null) return undefined;
  const level = toPressureLevel(given);
  if (level === undefined) report('pressure', String(given), 'expected a whole number from 1 to 5');
  return level;
}

function overrideDuration(given: string | undefined, report: Report): SessionLength | undefined {
  if (given === undefined || given === null) return undefined;
  const length = toSessionLength(given);
  if (!length) report('duration', given, 'expected minutes, like "60" or "45-90"');
  return length;
}

function overrideGoals(given: string | undefined, report: Report): Goal[] | undefined {
  if (given === undefined || given === null) return undefined;
  const words = asText(given).split(/\s+/).filter(Boolean);
  const unknown = words.filter((word) => !isGoal(word));
  if (unknown.length)
    report('goals', given, `unknown goals ${listInMessage(unknown)}; use ${GOALS.join(', ')}`);
  const known = GOALS.filter((goal) => words.includes(goal));
  // Nothing usable (a typo): keep the technique's own goals, as a bad pressure does.
  return unknown.length && !known.length ? undefined : known;
}
