/**
 * What `<knead-self-care-tips>` says, in English; other languages: ./languages/. One key per
 * moment (`moment-flare-up`), so a translation names every word. Pure.
 */
import type { Moment } from './tip-types.js';

/** What `<knead-self-care-tips>` says, in English. */
export const TIPS_MESSAGES = {
  /** The list's accessible name, unless the page gives its own `label`. */
  label: 'Self-care tips',
  /** The accessible name of a tip's list of moments. */
  when: 'When it applies',
  'moment-before-session': 'Before a session',
  'moment-after-session': 'After a session',
  'moment-after-exercise': 'After exercise',
  'moment-every-day': 'Every day',
  'moment-flare-up': 'During a flare-up',
  /** The short general line under the tips. */
  general:
    'These tips are general advice. For your own situation, follow what your therapist or doctor advises.',
  /** Shown when `when` leaves no tip. */
  noMatch: 'There is no tip for this moment.',
  /** Shown instead of the tips when the clinic's list or the `tips` choice has no usable tip. */
  notShown: 'The self-care tips could not be shown.',
};
export type TipsMessages = typeof TIPS_MESSAGES;

/** How a moment reads, in the language of `text`. */
export const momentLabel = (text: TipsMessages, moment: Moment): string => text[`moment-${moment}`];
