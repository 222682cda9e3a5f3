/**
 * Reads `<knead-self-care-tips>` as a visitor meets it: each tip's title (a heading, with its
 * level), its sentences and when it applies, the general line, and the notes shown instead
 * of tips. Plain DOM, so element tests and story play functions share it.
 */
import type { KneadSelfCareTips } from '../../src/self-care-tips/self-care-tips.js';
import { nextFrame, part, parts, textOf } from './dom.js';

export { part, parts, textOf };

/** The element the harness reads. */
export type Tips = KneadSelfCareTips;

/** One tip as read: its title, heading level, sentences and moments (as text). */
export interface ShownTip {
  readonly title: string;
  readonly level: string | null;
  readonly text: string;
  readonly moments: string[];
}

/** Waits for the element's update (a clinic's settings and its language come with more), then a frame. */
export async function settle(tips: Tips): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await tips.updateComplete;
    await nextFrame();
  }
}

/** The tips element in `root` (the first, or the one `selector` finds), settled. */
export async function tipsIn(root: ParentNode, selector = 'knead-self-care-tips'): Promise<Tips> {
  const tips = root.querySelector<Tips>(selector);
  if (!tips) throw new Error(`no ${selector} here`);
  await customElements.whenDefined('knead-self-care-tips');
  await settle(tips);
  return tips;
}

/** Every tip shown, in order. */
export const shownTips = (tips: Tips): ShownTip[] =>
  parts(tips, 'tip').map((tip) => {
    const heading = tip.querySelector('[part~="title"]');
    return {
      title: textOf(heading),
      level: heading?.getAttribute('aria-level') ?? null,
      text: textOf(tip.querySelector('[part~="text"]')),
      moments: [...tip.querySelectorAll('[part~="moment"]')].map(textOf),
    };
  });

/** The titles shown, in order. */
export const titles = (tips: Tips): string[] => shownTips(tips).map((tip) => tip.title);

/** The list's accessible name. */
export const listLabel = (tips: Tips): string | null | undefined =>
  part(tips, 'tips')?.getAttribute('aria-label');

/** The general line under the tips, or ''. */
export const generalLine = (tips: Tips): string => textOf(part(tips, 'general'));

/** The note that no tip fits the moment chosen, or ''. */
export const emptyNote = (tips: Tips): string => textOf(part(tips, 'empty'));

/** The note shown instead of tips when none can be shown, or ''. */
export const errorNote = (tips: Tips): string => textOf(part(tips, 'message'));
