import { reportOnce } from './log.js';

/**
 * The `heading-level` a widget's headings use (1 to 6), so they fit the page's outline.
 * Anything else falls back to the widget's default, with one console message naming the
 * attribute as the page wrote it.
 */
export function headingLevel(element: Element, level: number, fallback: number): number {
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  reportOnce(
    element,
    'heading-level',
    element.getAttribute('heading-level') ?? String(level),
    `expected 1 to 6; using ${fallback}`,
  );
  return fallback;
}

/** The level for headings one step below `level`. */
export const subLevel = (level: number): number => Math.min(level + 1, 6);
