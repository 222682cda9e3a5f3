/**
 * What a technique is, as data: its type, the fixed vocabularies (goals, pressure levels)
 * with their words, and the limits of its fields. Reading a clinic's JSON against them is
 * technique-schema.ts. Pure.
 */
import { SLUG_ID, SLUG_ID_MAX_LENGTH, isSlugId } from '../shared/json-fields.js';
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

/**
 * The words for a technique's pressure: its own label, else the level's word (in English,
 * or as `words` give it).
 */
export function pressureText(
  technique: Pick<Technique, 'pressure' | 'pressureLabel'>,
  words: (level: PressureLevel) => string = (level) => PRESSURE_LABELS[level],
): string {
  return technique.pressureLabel || words(technique.pressure);
}

/** Minute formats by language: creating one is the slow part. */
const minuteFormats = new Map<string, Intl.NumberFormat>();

/**
 * "60 min" or "45–90 min", as `language` writes minutes (Intl's short unit: "60 min" in
 * English, French and Spanish alike, with each language's spacing and range dash).
 */
export function formatSessionLength({ min, max }: SessionLength, language = 'en'): string {
  let format = minuteFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'short',
    });
    minuteFormats.set(language, format);
  }
  return min === max ? format.format(min) : format.formatRange(min, max);
}

/** True for a goal of the fixed vocabulary. */
export const isGoal = (value: unknown): value is Goal =>
  typeof value === 'string' && (GOALS as readonly string[]).includes(value);
