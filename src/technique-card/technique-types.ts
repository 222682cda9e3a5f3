/**
 * What a technique is, as data: the one schema for the built-in catalog and for a clinic's
 * own techniques (pasted as JSON). Pure; parsing returns problems with a JSON path instead
 * of throwing, so one bad entry never takes a page's cards down with it.
 */
import { isRecord } from '../shared/json-config.js';
import { FieldReader, SLUG_ID, SLUG_ID_MAX_LENGTH, isSlugId } from '../shared/json-fields.js';
import type { JsonProblem } from '../shared/log.js';

/** The fixed vocabulary of what a technique is good for, in display order. */
export const GOALS = [
  'relaxation',
  'stress',
  'chronic-tension',
  'knots',
  'stiffness',
  'mobility',
  'flexibility',
  'posture',
  'sports-recovery',
] as const;
export type Goal = (typeof GOALS)[number];

/** How each goal reads on a card or a filter chip. */
export const GOAL_LABELS: Readonly<Record<Goal, string>> = {
  relaxation: 'Relaxation',
  stress: 'Stress relief',
  'chronic-tension': 'Chronic tension',
  knots: 'Knots',
  stiffness: 'Stiffness',
  mobility: 'Mobility',
  flexibility: 'Flexibility',
  posture: 'Posture strain',
  'sports-recovery': 'Sports recovery',
};

/** Pressure from 1 (gentle) to 5 (deep). */
export type PressureLevel = 1 | 2 | 3 | 4 | 5;
export const PRESSURE_LEVELS: readonly PressureLevel[] = [1, 2, 3, 4, 5];

/** The words for each pressure level, so the level never rests on a meter's colour or fill. */
export const PRESSURE_LABELS: Readonly<Record<PressureLevel, string>> = {
  1: 'Gentle',
  2: 'Light',
  3: 'Medium',
  4: 'Firm',
  5: 'Deep',
};

/** A typical session length in minutes; `min` equals `max` for a single length. */
export interface SessionLength {
  readonly min: number;
  readonly max: number;
}

export interface Technique {
  /** Lowercase id, e.g. `trigger-point`; also the key of the clinic's service map. */
  readonly id: string;
  readonly name: string;
  /** One line: what it is. */
  readonly summary: string;
  /** How it is done, in a few sentences. */
  readonly description?: string | undefined;
  readonly pressure: PressureLevel;
  /** Words for the pressure when the level's own word is not precise ("Light to medium"). */
  readonly pressureLabel?: string | undefined;
  readonly goals: readonly Goal[];
  /** What a session feels like. */
  readonly feelsLike?: string | undefined;
  readonly cautions: readonly string[];
  readonly duration?: SessionLength | undefined;
  /** Free text as the clinic writes it, e.g. "$95". */
  readonly price?: string | undefined;
}

/** A problem with one field, named by its JSON path (e.g. `techniques[2].pressure`). */
export type SchemaProblem = JsonProblem;

export type TechniqueParse =
  | { readonly ok: true; readonly technique: Technique; readonly problems: SchemaProblem[] }
  | { readonly ok: false; readonly problems: SchemaProblem[] };

/** Lowercase words joined by single hyphens. */
export const TECHNIQUE_ID = SLUG_ID;
export const TECHNIQUE_ID_MAX_LENGTH = SLUG_ID_MAX_LENGTH;

/** True for a usable technique id: lowercase words joined by single hyphens, at most 64 characters. */
export const isTechniqueId = isSlugId;

/** Longest text each field takes: enough for real copy, short of a page-breaking wall. */
export const TEXT_LIMITS = {
  name: 80,
  summary: 240,
  description: 1200,
  pressureLabel: 40,
  feelsLike: 800,
  caution: 400,
  price: 40,
} as const;

/** Shortest and longest session, in minutes. */
export const DURATION_RANGE = { min: 5, max: 240 } as const;

const FIELDS = new Set([
  'id',
  'name',
  'summary',
  'description',
  'pressure',
  'pressureLabel',
  'goals',
  'feelsLike',
  'cautions',
  'duration',
  'price',
]);

/** A pressure level from an attribute or JSON value, or undefined when it is not 1 to 5. */
export function toPressureLevel(value: unknown): PressureLevel | undefined {
  // Attributes are strings: only a plain digit counts (not "0x3" or "1e0").
  const number = typeof value === 'string' && /^\s*\d\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && (PRESSURE_LEVELS as readonly number[]).includes(number)
    ? (number as PressureLevel)
    : undefined;
}

/** The words for a technique's pressure: its own label, else the level's word. */
export function pressureText(technique: Pick<Technique, 'pressure' | 'pressureLabel'>): string {
  return technique.pressureLabel || PRESSURE_LABELS[technique.pressure];
}

const isMinutes = (n: unknown): n is number =>
  typeof n === 'number' &&
  Number.isInteger(n) &&
  n >= DURATION_RANGE.min &&
  n <= DURATION_RANGE.max;

/**
 * A session length from JSON (`60` or `[45, 90]`) or an attribute (`"60"`, `"45-90"`),
 * in whole minutes; undefined when it is anything else.
 */
export function toSessionLength(value: unknown): SessionLength | undefined {
  let bounds: unknown[];
  if (typeof value === 'string') {
    const match = /^\s*(\d{1,3})\s*(?:[-–]\s*(\d{1,3})\s*)?$/.exec(value);
    if (!match) return undefined;
    bounds = [Number(match[1]), Number(match[2] ?? match[1])];
  } else if (Array.isArray(value) && value.length === 2) {
    bounds = value;
  } else {
    bounds = [value, value];
  }
  const [min, max] = bounds;
  return isMinutes(min) && isMinutes(max) && min <= max ? { min, max } : undefined;
}

/** "60 min" or "45–90 min". */
export function formatSessionLength({ min, max }: SessionLength): string {
  return min === max ? `${min} min` : `${min}–${max} min`;
}

/** True for a goal of the fixed vocabulary. */
export const isGoal = (value: unknown): value is Goal =>
  typeof value === 'string' && (GOALS as readonly string[]).includes(value);

/**
 * Checks one technique. Every problem names its path under `path`. A missing or invalid
 * field makes the entry unusable (`ok: false`); an unknown field is reported and ignored,
 * so a typo is visible without hiding an otherwise good card.
 */
export function parseTechnique(value: unknown, path = ''): TechniqueParse {
  const problems: SchemaProblem[] = [];
  if (!isRecord(value)) {
    problems.push({
      path: path || '(root)',
      value,
      reason:
        'expected a technique object like {"id": ..., "name": ..., "summary": ..., "pressure": ...}',
    });
    return { ok: false, problems };
  }
  const read = new FieldReader(value, path, problems, FIELDS);

  const id = value['id'];
  if (!isTechniqueId(id))
    read.fail(
      'id',
      `required: lowercase letters and digits joined by single hyphens, at most ${TECHNIQUE_ID_MAX_LENGTH} characters, like "deep-tissue"`,
    );
  const name = read.text('name', TEXT_LIMITS.name, true);
  const summary = read.text('summary', TEXT_LIMITS.summary, true);
  const description = read.text('description', TEXT_LIMITS.description, false);
  const pressureLabel = read.text('pressureLabel', TEXT_LIMITS.pressureLabel, false);
  const feelsLike = read.text('feelsLike', TEXT_LIMITS.feelsLike, false);
  const price = read.text('price', TEXT_LIMITS.price, false);

  const pressure = toPressureLevel(value['pressure']);
  if (pressure === undefined || typeof value['pressure'] !== 'number')
    read.fail('pressure', 'required: a whole number from 1 (gentle) to 5 (deep)');

  const goals: Goal[] = [];
  const givenGoals = value['goals'];
  if (givenGoals !== undefined) {
    if (!Array.isArray(givenGoals)) {
      read.fail('goals', `expected an array of goals: ${GOALS.join(', ')}`);
    } else {
      givenGoals.forEach((goal: unknown, index) => {
        if (!isGoal(goal)) {
          read.fail(`goals[${index}]`, `unknown goal; use one of ${GOALS.join(', ')}`, goal);
        } else if (!goals.includes(goal)) {
          goals.push(goal);
        }
      });
    }
  }

  const cautions = read.texts('cautions', TEXT_LIMITS.caution, 'expected an array of strings');

  let duration: SessionLength | undefined;
  const givenDuration = value['duration'];
  if (givenDuration !== undefined) {
    // `{min, max}` is the parsed shape itself, so a parsed or built-in technique reads back.
    if (isRecord(givenDuration)) {
      const keys = Object.keys(givenDuration);
      if (keys.every((key) => key === 'min' || key === 'max'))
        duration = toSessionLength([givenDuration['min'], givenDuration['max']]);
    } else if (typeof givenDuration !== 'string') {
      duration = toSessionLength(givenDuration);
    }
    if (!duration)
      read.fail(
        'duration',
        `expected minutes from ${DURATION_RANGE.min} to ${DURATION_RANGE.max}: a whole number, [shortest, longest] or {"min": shortest, "max": longest}`,
      );
  }

  if (!read.usable || typeof id !== 'string' || !name || !summary || pressure === undefined)
    return { ok: false, problems };
  return {
    ok: true,
    problems,
    technique: {
      id,
      name,
      summary,
      description,
      pressure,
      pressureLabel,
      goals,
      feelsLike,
      cautions,
      duration,
      price,
    },
  };
}
