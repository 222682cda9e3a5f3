/**
 * What a technique card shows: the technique it starts from (built in, or given as data),
 * overridden by its attributes. Pure: every attribute takes the limit of the JSON field it
 * stands for, and each problem names its attribute, for the card to report.
 */
import { fitText, tooLong } from '../shared/json-fields.js';
import { listInMessage, type JsonProblem } from '../shared/log.js';
import {
  GOALS,
  TECHNIQUE_ID_MAX_LENGTH,
  TEXT_LIMITS,
  isGoal,
  toPressureLevel,
  toSessionLength,
  type Goal,
  type PressureLevel,
  type SessionLength,
  type Technique,
} from './technique.js';
import { BUILT_IN_TECHNIQUE_IDS, findTechnique } from './techniques.js';

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

/** The card's attributes (and its `data` property), as the page set them. */
export interface CardInput {
  readonly technique?: string | undefined;
  /** A technique checked already: the list's parsed JSON, or the built-in catalog. */
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
 * The card's content from its input. Bad input is refused (the technique's own value shows
 * instead) with one problem each, named by its attribute; nothing here throws.
 */
export function resolveCard(input: CardInput): { resolved: Resolved; problems: JsonProblem[] } {
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
  const base = input.data ?? (technique ? findTechnique(technique) : undefined);
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
  const words = given.split(/\s+/).filter(Boolean);
  const unknown = words.filter((word) => !isGoal(word));
  if (unknown.length)
    report('goals', given, `unknown goals ${listInMessage(unknown)}; use ${GOALS.join(', ')}`);
  const known = GOALS.filter((goal) => words.includes(goal));
  // Nothing usable (a typo): keep the technique's own goals, as a bad pressure does.
  return unknown.length && !known.length ? undefined : known;
}
