import type { LanguageTables } from '../../shared/messages.js';
import { numberIn, plural } from '../../shared/intl-format.js';
import type { ListMessages } from '../list-messages.js';
import card from '../../technique-card/languages/fr.js';

/** What a technique list says, in French (0 is singular: "0 technique affichée"). */
export const LIST_FR: ListMessages = {
  label: 'Techniques de massage',
  filters: 'Filtrer les techniques',
  clearFilters: 'Effacer les filtres',
  showingAll: (total) =>
    plural('fr', total, {
      one: (n) => `${n} technique affichée`,
      other: (n) => `Les ${n} techniques sont affichées`,
    }),
  showingSome: (shown, total) =>
    plural('fr', shown, {
      one: (n) => `${n} technique affichée sur ${numberIn('fr', total)}`,
      other: (n) => `${n} techniques affichées sur ${numberIn('fr', total)}`,
    }),
  noMatch: 'Aucune technique ne correspond à tous les filtres choisis.',
  notShown: 'Impossible d’afficher la liste des techniques.',
};

/**
 * The list in French, with the card's tables and the techniques' texts, so a French list
 * page has every word its cards need once this chunk is in.
 */
export default { ...card, 'technique-list': LIST_FR } satisfies LanguageTables;
