/**
 * Which tips the element shows: the `tips` attribute's pick from the tips available, in
 * its order, then the `when` attribute's filter (any moment matches). Pure.
 */
import { asText } from '../shared/as-text.js';
import { listInMessage } from '../shared/log.js';
import { MOMENTS, isMoment, type Moment, type Tip } from './tip-types.js';

/** The words of an attribute, separated by spaces (a framework's array counts too). */
export const wordsIn = (value: unknown): string[] => asText(value).split(/\s+/).filter(Boolean);

export interface TipPick {
  /** The picked tips in the order asked, each once; every tip available when none is asked. */
  readonly tips: readonly Tip[];
  /** The ids asked for that are not available, each once. */
  readonly unknown: readonly string[];
}

/** The tips `ids` pick from `available`, in the order of `ids`; unknown ids are left out. */
export function pickTips(available: readonly Tip[], ids: readonly string[]): TipPick {
  if (!ids.length) return { tips: available, unknown: [] };
  const byId = new Map(available.map((tip) => [tip.id, tip]));
  const asked = [...new Set(ids)];
  return {
    tips: asked.flatMap((id) => byId.get(id) ?? []),
    unknown: asked.filter((id) => !byId.has(id)),
  };
}

export interface MomentPick {
  /** The known moments asked for, each once; none means no filter. */
  readonly moments: readonly Moment[];
  /** The words that are not moments, each once. */
  readonly unknown: readonly string[];
}

/** The moments a `when` attribute names. */
export function momentsIn(value: unknown): MomentPick {
  const words = [...new Set(wordsIn(value))];
  return { moments: words.filter(isMoment), unknown: words.filter((word) => !isMoment(word)) };
}

/** The tips that apply at any of `moments`, in their order; every tip when none is given. */
export const tipsFor = (tips: readonly Tip[], moments: readonly Moment[]): readonly Tip[] =>
  moments.length ? tips.filter((tip) => tip.when.some((moment) => moments.includes(moment))) : tips;

/** The console message for ids `tips` names that are not available. */
export const unknownTipsProblem = (unknown: readonly string[], available: readonly Tip[]): string =>
  `unknown tip ids ${listInMessage(unknown)}; known: ${listInMessage(
    available.map((tip) => tip.id),
    400,
  )}`;

/** The console message for words of `when` that are not moments. */
export const unknownMomentsProblem = (unknown: readonly string[], anyKnown: boolean): string =>
  `unknown moments ${listInMessage(unknown)}; use ${MOMENTS.join(', ')}${
    anyKnown ? '' : ' (no moment is known: every tip is shown)'
  }`;
