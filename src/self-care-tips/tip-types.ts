/**
 * What a self-care tip is: a title, one or two plain sentences, and the moments it applies
 * to. Pure.
 */
import { isSlugId } from '../shared/json-fields.js';

/** The moments a tip can apply to, in the order a tip lists them. */
export const MOMENTS = [
  'before-session',
  'after-session',
  'after-exercise',
  'every-day',
  'flare-up',
] as const;

/** One moment a tip applies to (`when` in a tip and in the `when` attribute). */
export type Moment = (typeof MOMENTS)[number];

/** True for one of MOMENTS. */
export const isMoment = (value: unknown): value is Moment =>
  typeof value === 'string' && (MOMENTS as readonly string[]).includes(value);

/** One self-care tip. */
export interface Tip {
  /** Lowercase words joined by hyphens, like `heat-cold`; a clinic's may reuse a built-in id. */
  readonly id: string;
  readonly title: string;
  /** One or two plain sentences. */
  readonly text: string;
  /** When it applies: at least one moment, each once, in MOMENTS order. */
  readonly when: readonly Moment[];
}

/** True for a usable tip id: lowercase words joined by single hyphens, at most 64 characters. */
export const isTipId = isSlugId;

/** Longest text each field takes: a short title and two sentences, short of a wall of text. */
export const TIP_TEXT_LIMITS = { title: 80, text: 400 } as const;

/** Tips a clinic's list takes: the same bound as a technique list's entries. */
export const MAX_TIPS = 200;
