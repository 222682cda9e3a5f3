/** What the list's count line says. Pure. */

/** "Showing 3 of 9 techniques", in words that fit the numbers; `filtered`: a filter is chosen. */
export function countText(shown: number, total: number, filtered: boolean): string {
  if (!filtered) return total === 1 ? 'Showing 1 technique' : `Showing all ${total} techniques`;
  return `Showing ${shown} of ${total} ${total === 1 ? 'technique' : 'techniques'}`;
}
