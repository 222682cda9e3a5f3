import type { LanguageTables } from '../../shared/messages.js';
import type { FrameMessages } from '../frame-messages.js';

/** What the booking frame says in French: neutral, Canadian-friendly, with "vous". */
const FRAME_FR: FrameMessages = {
  intro: (provider) =>
    `La prise de rendez-vous se fait sur la page de ${provider}. Elle ne s’affiche ici que si vous le demandez.`,
  cookies: (provider) =>
    `${provider} peut enregistrer des témoins (cookies) quand sa page s’ouvre.`,
  privacy: (provider) => `Politique de confidentialité de ${provider}`,
  show: 'Afficher le calendrier de réservation',
  openInNewTab: 'Réserver dans un nouvel onglet',
  loading: 'Chargement du calendrier de réservation…',
  failed:
    'Le calendrier de réservation ne s’est pas affiché. Ce navigateur le bloque peut-être. Vous pouvez tout de même réserver dans un nouvel onglet.',
  retry: 'Réessayer',
  skip: 'Passer le calendrier de réservation',
  // U+202F (narrow no-break space) before the colon, as French typography wants.
  frameTitle: (name) => `Calendrier de réservation\u202F: ${name}`,
};

/** The booking frame's French chunk. */
export default { frame: FRAME_FR } satisfies LanguageTables;
