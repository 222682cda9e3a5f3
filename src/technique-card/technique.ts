/**
 * What a technique is, as data: the one schema for the built-in catalog and for a clinic's
 * own techniques (pasted as JSON). Pure; parsing returns problems with a JSON path instead
 * of throwing, so one bad entry never takes a page's cards down with it.
 */
import { isRecord } from '../shared/json-config.js';
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
export const TECHNIQUE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TECHNIQUE_ID_MAX_LENGTH = 64;

/** True for a usable technique id: lowercase words joined by single hyphens, at most 64 characters. */
export const isTechniqueId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= TECHNIQUE_ID_MAX_LENGTH && TECHNIQUE_ID.test(value);

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
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (!isRecord(value)) {
    problems.push({
      path: path || '(root)',
      value,
      reason:
        'expected a technique object like {"id": ..., "name": ..., "summary": ..., "pressure": ...}',
    });
    return { ok: false, problems };
  }
  let usable = true;
  const fail = (field: string, reason: string) => {
    usable = false;
    problems.push({ path: at(field), value: value[field], reason });
  };
  const text = (field: keyof typeof TEXT_LIMITS, required: boolean): string | undefined => {
    const given = value[field];
    if (given === undefined && !required) return undefined;
    if (typeof given !== 'string' || given.trim() === '') {
      fail(field, required ? 'required: a non-empty string' : 'expected a non-empty string');
      return undefined;
    }
    if (given.trim().length > TEXT_LIMITS[field]) {
      fail(field, `too long: at most ${TEXT_LIMITS[field]} characters`);
      return undefined;
    }
    return given.trim();
  };

  for (const key of Object.keys(value)) {
    if (!FIELDS.has(key))
      problems.push({ path: at(key), value: value[key], reason: 'unknown field (ignored)' });
  }

  const id = value['id'];
  if (!isTechniqueId(id))
    fail(
      'id',
      `required: lowercase letters and digits joined by single hyphens, at most ${TECHNIQUE_ID_MAX_LENGTH} characters, like "deep-tissue"`,
    );
  const name = text('name', true);
  const summary = text('summary', true);
  const description = text('description', false);
  const pressureLabel = text('pressureLabel', false);
  const feelsLike = text('feelsLike', false);
  const price = text('price', false);

  const pressure = toPressureLevel(value['pressure']);
  if (pressure === undefined || typeof value['pressure'] !== 'number')
    fail('pressure', 'required: a whole number from 1 (gentle) to 5 (deep)');

  const goals: Goal[] = [];
  const givenGoals = value['goals'];
  if (givenGoals !== undefined) {
    if (!Array.isArray(givenGoals)) {
      fail('goals', `expected an array of goals: ${GOALS.join(', ')}`);
    } else {
      givenGoals.forEach((goal: unknown, index) => {
        if (!isGoal(goal)) {
          usable = false;
          problems.push({
            path: `${at('goals')}[${index}]`,
            value: goal,
            reason: `unknown goal; use one of ${GOALS.join(', ')}`,
          });
        } else if (!goals.includes(goal)) {
          goals.push(goal);
        }
      });
    }
  }

  const cautions: string[] = [];
  const givenCautions = value['cautions'];
  if (givenCautions !== undefined) {
    if (!Array.isArray(givenCautions)) {
      fail('cautions', 'expected an array of strings');
    } else {
      givenCautions.forEach((caution: unknown, index) => {
        if (
          typeof caution !== 'string' ||
          caution.trim() === '' ||
          caution.trim().length > TEXT_LIMITS.caution
        ) {
          usable = false;
          problems.push({
            path: `${at('cautions')}[${index}]`,
            value: caution,
            reason: `expected a non-empty string of at most ${TEXT_LIMITS.caution} characters`,
          });
        } else {
          cautions.push(caution.trim());
        }
      });
    }
  }

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
      fail(
        'duration',
        `expected minutes from ${DURATION_RANGE.min} to ${DURATION_RANGE.max}: a whole number, [shortest, longest] or {"min": shortest, "max": longest}`,
      );
  }

  if (!usable || typeof id !== 'string' || !name || !summary || pressure === undefined)
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
