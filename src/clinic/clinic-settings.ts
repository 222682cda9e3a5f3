/**
 * The settings a clinic gives every widget it serves, from its own attributes and its
 * language. Pure. An empty `emergency-number` counts as none, so that each widget works the
 * number out itself; nothing else of the element (its `page`, its methods) goes along.
 */
import type { ClinicSettings } from './clinic-context.js';

/** A clinic's own settings, as its attributes and properties hold them. */
export type ClinicAttributes = Omit<ClinicSettings, 'locale' | 'language'>;

/**
 * `locale`: the clinic's `lang`, else its nearest ancestor's (where it is, for emergency
 * numbers); `language`: its own `lang` only (what its widgets speak, before a section's).
 */
export function clinicSettings(
  clinic: ClinicAttributes,
  locale: string | undefined,
  language?: string,
): ClinicSettings {
  const { name, bookingUrl, bookingProvider, bookingAccount, phone, services, theme } = clinic;
  const emergencyNumber = clinic.emergencyNumber || undefined;
  return {
    name,
    bookingUrl,
    bookingProvider,
    bookingAccount,
    phone,
    emergencyNumber,
    locale,
    language,
    services,
    theme,
  };
}
