/**
 * The library's classes, events and types. Importing this registers nothing: import
 * `knead-widgets/define` (or a widget's own define entry) to register the tags.
 */
export { KneadClinic } from './clinic/clinic.js';
export { clinicContext, type ClinicSettings } from './clinic/clinic-context.js';
export { emergencyNumberFor } from './clinic/emergency-number.js';
export { KneadBookingButton, type BookingMode } from './booking-button/booking-button.js';
export {
  PROVIDERS,
  PROVIDER_IDS,
  findProvider,
  type BookingProvider,
  type ProviderId,
} from './booking-button/providers.js';
export {
  resolveBooking,
  frameUrl,
  type BookingSettings,
  type BookingTarget,
  type BookingResolution,
} from './booking-button/booking-target.js';
export * from './shared/events.js';
export {
  checkUrl,
  withUtm,
  type UrlKind,
  type UrlRules,
  type UrlCheck,
  type Utm,
} from './shared/safe-url.js';
export { define } from './shared/define.js';
export { VERSION } from './shared/version.js';
