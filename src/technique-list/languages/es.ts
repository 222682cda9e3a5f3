import type { LanguageTables } from '../../shared/messages.js';
import { numberIn, pluralOf } from '../../shared/intl-format.js';
import type { ListMessages } from '../list-messages.js';
import card from '../../technique-card/languages/es.js';

/** "técnica" or "técnicas", as Spanish agrees a noun with `count`. */
const techniques = (count: number) => (pluralOf('es', count) === 'one' ? 'técnica' : 'técnicas');

/** What a technique list says, in neutral Latin-American Spanish. */
export const LIST_ES: ListMessages = {
  label: 'Técnicas de masaje',
  filters: 'Filtrar técnicas',
  clearFilters: 'Borrar filtros',
  showingAll: (total) =>
    pluralOf('es', total) === 'one'
      ? `Se muestra ${numberIn('es', total)} técnica`
      : `Se muestran las ${numberIn('es', total)} técnicas`,
  // The verb agrees with the number shown, the noun with the total: "Se muestra 1 de 9 técnicas".
  showingSome: (shown, total) =>
    `${pluralOf('es', shown) === 'one' ? 'Se muestra' : 'Se muestran'} ${numberIn('es', shown)} de ${numberIn('es', total)} ${techniques(total)}`,
  noMatch: 'Ninguna técnica coincide con todos los filtros elegidos.',
  notShown: 'No se pudo mostrar la lista de técnicas.',
};

/**
 * The list in Spanish, with the card's tables and the techniques' texts, so a Spanish list
 * page has every word its cards need once this chunk is in.
 */
export default { ...card, 'technique-list': LIST_ES } satisfies LanguageTables;
