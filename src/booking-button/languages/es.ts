import type { LanguageTables } from '../../shared/messages.js';
import type { BookingMessages } from '../booking-messages.js';

/** What the booking button says in Spanish: neutral Latin-American, with "usted". */
const BOOKING_ES: BookingMessages = {
  book: 'Reservar una cita',
  opensInNewTab: (label) => `${label}, se abre en una pestaña nueva`,
  notSetUp: 'La reserva de citas en línea aún no está configurada.',
  unsafeLink: 'Este enlace de reserva se bloqueó porque no es una dirección web segura.',
  invalidSettings:
    'La reserva de citas en línea no está disponible porque su configuración no es válida.',
  callToBook: (phone) => `Para reservar una cita, llame al ${phone}.`,
  bookWithClinic: (clinic) => `Reservar una cita en ${clinic}`,
  bookWithProvider: (provider) => `Reservar una cita en ${provider}`,
  bookWithUs: 'Reservar una cita con nosotros',
  openInNewTab: 'Abrir en una pestaña nueva',
  close: 'Cerrar la ventana de reserva',
  loading: 'Cargando la página de reservas…',
  frameTitle: (title) => `${title}: página de reservas`,
};

/** The booking button's Spanish chunk. */
export default { booking: BOOKING_ES } satisfies LanguageTables;
