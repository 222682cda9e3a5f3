import type { LanguageTables } from '../../shared/messages.js';
import type { FrameMessages } from '../frame-messages.js';

/** What the booking frame says in Spanish: neutral, with "usted". */
const FRAME_ES: FrameMessages = {
  intro: (provider) =>
    `La reserva se hace en la página de ${provider}. Solo se carga aquí si usted lo pide.`,
  cookies: (provider) => `${provider} puede guardar cookies cuando se carga su página.`,
  privacy: (provider) => `Política de privacidad de ${provider}`,
  show: 'Mostrar el calendario de reservas',
  openInNewTab: 'Reservar en una pestaña nueva',
  loading: 'Cargando el calendario de reservas…',
  failed:
    'El calendario de reservas no se cargó. Es posible que este navegador lo bloquee. Puede reservar en una pestaña nueva.',
  retry: 'Intentar de nuevo',
  skip: 'Saltar el calendario de reservas',
  frameTitle: (name) => `Calendario de reservas: ${name}`,
};

/** The booking frame's Spanish chunk. */
export default { frame: FRAME_ES } satisfies LanguageTables;
