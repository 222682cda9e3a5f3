import type { LanguageTables } from '../../shared/messages.js';
import type { BookingMessages } from '../booking-messages.js';

/** What the booking button says in French: neutral, Canadian-friendly, with "vous". */
const BOOKING_FR: BookingMessages = {
  book: 'Prendre rendez-vous',
  opensInNewTab: (label) => `${label}, s’ouvre dans un nouvel onglet`,
  notSetUp: 'La prise de rendez-vous en ligne n’est pas encore en place.',
  unsafeLink: 'Ce lien de réservation a été bloqué, car ce n’est pas une adresse Web sûre.',
  invalidSettings:
    'La prise de rendez-vous en ligne est indisponible, car ses paramètres ne sont pas valides.',
  callToBook: (phone) => `Pour prendre rendez-vous, veuillez appeler au ${phone}.`,
  bookWithClinic: (clinic) => `Prendre rendez-vous chez ${clinic}`,
  // A booking platform: "sur Calendly", as one says "sur un site".
  bookWithProvider: (provider) => `Prendre rendez-vous sur ${provider}`,
  bookWithUs: 'Prendre rendez-vous avec nous',
  openInNewTab: 'Ouvrir dans un nouvel onglet',
  close: 'Fermer la fenêtre de réservation',
  loading: 'Chargement de la page de réservation…',
  // U+202F (narrow no-break space) before the colon, as French typography wants.
  frameTitle: (title) => `${title}\u202F: page de réservation`,
};

/** The booking button's French chunk. */
export default { booking: BOOKING_FR } satisfies LanguageTables;
