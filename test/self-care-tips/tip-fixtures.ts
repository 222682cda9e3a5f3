/** Tips and JSON the self-care tips tests share. */
import type { Tip } from '../../src/self-care-tips/tip-types.js';

/** A clinic's own tip, as its JSON writes it. */
export const WARM_BATH: Tip = {
  id: 'warm-bath',
  title: 'A warm bath in the evening',
  text: 'A warm bath before bed may help tight muscles ease.',
  when: ['every-day'],
};

/** A clinic tip that reuses a built-in id: it replaces that tip's words. */
export const CLINIC_WATER: Tip = {
  id: 'water',
  title: 'Water, our way',
  text: 'Bring a bottle of water to your session; we refill it for you.',
  when: ['before-session', 'after-session'],
};

/** `count` valid clinic tips, ids tip-0, tip-1... */
export const manyTips = (count: number): Tip[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `tip-${index}`,
    title: `Tip ${index}`,
    text: `The text of tip ${index}.`,
    when: ['every-day'],
  }));

/** The paths of a parse's problems. */
export const pathsOf = (problems: readonly { path: string }[]): string[] =>
  problems.map((problem) => problem.path);
