/**
 * What a technique card says, in English; other languages: ./languages/. Pure.
 *
 * The goal and pressure words come from the vocabularies in technique-types.ts (the public
 * `GOAL_LABELS` and `PRESSURE_LABELS`), one key each, so a translation names every word.
 */
import {
  GOALS,
  GOAL_LABELS,
  PRESSURE_LABELS,
  PRESSURE_LEVELS,
  formatSessionLength,
  type Goal,
  type PressureLevel,
} from './technique-types.js';

/** One key per goal (`goal-knots`) and per pressure level (`pressure-3`), in English. */
const vocabulary = Object.fromEntries([
  ...GOALS.map((goal) => [`goal-${goal}`, GOAL_LABELS[goal]]),
  ...PRESSURE_LEVELS.map((level) => [`pressure-${level}`, PRESSURE_LABELS[level]]),
]) as { readonly [G in Goal as `goal-${G}`]: string } & {
  readonly [L in PressureLevel as `pressure-${L}`]: string;
};

/** What `<knead-technique-card>` says, in English. */
export const CARD_MESSAGES = {
  /** The badge of a highlighted card. */
  recommended: 'Recommended',
  /** The pressure fact's term, and the meter's accessible name. */
  pressure: 'Pressure',
  /** The meter's fallback text. */
  pressureOf: (level: number, max: number) => `${level} of ${max}`,
  session: 'Session',
  /** A session's length in minutes: "60 min", "45–90 min". */
  sessionLength: (min: number, max: number) => formatSessionLength({ min, max }, 'en'),
  price: 'Price',
  goodFor: 'Good for',
  /** The details' summary line. */
  moreAbout: (name: string) => `More about ${name}`,
  feelsLike: 'What it feels like',
  cautions: 'Cautions',
  /** The booking button's label. */
  book: (name: string) => `Book ${name}`,
  unknownTechnique: (id: string) => `Unknown technique “${id}”: there is nothing to show for it.`,
  refused: 'This technique could not be shown.',
  empty: 'No technique was chosen for this card.',
  ...vocabulary,
};
export type CardMessages = typeof CARD_MESSAGES;

/** How a goal reads on a card or a filter chip, in the language of `text`. */
export const goalLabel = (text: CardMessages, goal: Goal): string => text[`goal-${goal}`];

/** The word for a pressure level, in the language of `text`. */
export const pressureWord = (text: CardMessages, level: PressureLevel): string =>
  text[`pressure-${level}`];
