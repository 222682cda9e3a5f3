/**
 * Reading a technique from a clinic's JSON (or an attribute's text) against the schema in
 * technique-types.ts: the one check for the built-in catalog and for a clinic's own
 * techniques. Pure; parsing returns problems with a JSON path instead of throwing, so one
 * bad entry never takes a page's cards down with it.
 */
import { isRecord } from '../shared/json-config.js';
import { FieldReader } from '../shared/json-fields.js';
import {
  DURATION_RANGE,
  GOALS,
  PRESSURE_LEVELS,
  TECHNIQUE_ID_MAX_LENGTH,
  TEXT_LIMITS,
  isGoal,
  isTechniqueId,
  type Goal,
  type PressureLevel,
  type SchemaProblem,
  type SessionLength,
  type TechniqueParse,
} from './technique-types.js';

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
