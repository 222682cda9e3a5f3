/**
 * What a technique list says, in English; other languages: ./languages/. The chips' goal
 * and pressure words, and their groups' names, are the card's (card-messages.ts), so a
 * chip reads like the tag on a card. Pure.
 */
import { numberIn, plural } from '../shared/intl-format.js';

/** What `<knead-technique-list>` says, in English. */
export const LIST_MESSAGES = {
  /** The list's accessible name, unless the page gives its own `label`. */
  label: 'Massage techniques',
  /** The filter controls' accessible name. */
  filters: 'Filter techniques',
  clearFilters: 'Clear filters',
  /** The count line with no filter on. */
  showingAll: (total: number) =>
    plural('en', total, {
      one: (n) => `Showing ${n} technique`,
      other: (n) => `Showing all ${n} techniques`,
    }),
  /** The count line while a filter is on: the noun agrees with the total. */
  showingSome: (shown: number, total: number) =>
    plural('en', total, {
      one: (n) => `Showing ${numberIn('en', shown)} of ${n} technique`,
      other: (n) => `Showing ${numberIn('en', shown)} of ${n} techniques`,
    }),
  noMatch: 'No technique matches every filter you chose.',
  /** Shown instead of the list when the clinic's list has no usable technique. */
  notShown: 'The list of techniques could not be shown.',
};
export type ListMessages = typeof LIST_MESSAGES;
