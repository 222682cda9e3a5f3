/** What the list's count line says. Pure. */
import type { ListMessages } from './list-messages.js';

/**
 * "Showing 3 of 9 techniques", in the language of `text`, in words that fit the numbers;
 * `filtered`: a filter is chosen.
 */
export function countText(
  shown: number,
  total: number,
  filtered: boolean,
  text: ListMessages,
): string {
  return filtered ? text.showingSome(shown, total) : text.showingAll(total);
}
