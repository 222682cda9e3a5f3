/**
 * Which booking settings a button uses, and which of its attributes that leaves without
 * effect. Pure: the element reports what this returns.
 *
 * What wins, first to last:
 * 1. the button's own `href`, or its own `provider` with `account` (or alone, without a
 *    fallback link);
 * 2. its fallback `<a href>` child (checked against its own `provider`, if any);
 * 3. its `<knead-clinic>`: `booking-url`, else `booking-provider` and `booking-account`,
 *    with the button's own `service`.
 * An attribute the winner makes useless (`service` beside a link that already names the
 * page, an `account` without a `provider`, UTM parameters on a phone link, `popup` for a
 * page that cannot be framed) is listed as ignored, with why. How the page then opens is
 * decided here too: a popup only where one may frame it, a phone or email link in place.
 */
import type { Utm } from '../shared/safe-url.js';
import {
  resolveBooking,
  type BookingProblem,
  type BookingResolution,
  type BookingSettings,
} from './booking-target.js';
import { PROVIDERS, type BookingProvider } from './built-in-providers.js';

/** The longest UTM value a link carries. */
export const UTM_LIMIT = 200;

/** How a booking page opens. */
export const MODES = ['new-tab', 'same-tab', 'popup'] as const;
export type BookingMode = (typeof MODES)[number];

/** A button's own booking attributes, as the page set them. */
export interface ButtonSettings {
  readonly provider?: string | undefined;
  readonly account?: string | undefined;
  readonly service?: string | undefined;
  readonly href?: string | undefined;
  readonly mode?: string | undefined;
  readonly utm?: Utm | undefined;
}

/** The booking settings of the button's `<knead-clinic>`. */
export interface ClinicBooking {
  readonly bookingProvider?: string | undefined;
  readonly bookingAccount?: string | undefined;
  readonly bookingUrl?: string | undefined;
}

/** Where the settings in use came from. */
export type SettingsSource = 'own' | 'fallback' | 'clinic';

/** An attribute the page set that has no effect, and why. */
export interface IgnoredSetting {
  readonly attribute: string;
  readonly value: string;
  readonly reason: string;
}

export interface BookingPlan {
  readonly source: SettingsSource;
  readonly resolution: BookingResolution;
  /** The refused setting as the page wrote it (`href`, `<a href> child`, `<knead-clinic> booking-url`…). */
  readonly where: string | undefined;
  /** The service booked, when one is used. */
  readonly service: string | undefined;
  readonly ignored: readonly IgnoredSetting[];
  /** How the booking page opens: `mode`, less what the page allows (new-tab if unknown). */
  readonly opens: BookingMode;
}

const CLINIC_ATTRIBUTES = {
  href: 'booking-url',
  provider: 'booking-provider',
  account: 'booking-account',
} as const;

/** Names a setting the way the page wrote it, wherever it came from. */
function settingName(source: SettingsSource, attribute: BookingProblem['attribute']): string {
  if (source === 'fallback' && attribute === 'href') return '<a href> child';
  if (source === 'clinic' && attribute !== 'service')
    return `<knead-clinic> ${CLINIC_ATTRIBUTES[attribute]}`;
  return attribute;
}

const FRAMEABLE = Object.values<BookingProvider>(PROVIDERS)
  .filter((provider) => provider.frameable)
  .map((provider) => provider.name)
  .join(', ');

/** Chooses the settings in use and resolves them. Never throws. */
export function planBooking(
  own: ButtonSettings,
  fallbackHref: string | undefined,
  clinic: ClinicBooking | undefined,
): BookingPlan {
  const { provider, account, service, href, mode } = own;
  const ignored: IgnoredSetting[] = [];
  const ignore = (attribute: string, value: string | undefined, reason: string) => {
    if (value) ignored.push({ attribute, value, reason });
  };
  // Bounded, as every link is: a campaign name longer than this is a mistake, not a name.
  const utm: Record<string, string | undefined> = { ...own.utm };
  for (const [key, value] of Object.entries(utm)) {
    if ((value?.length ?? 0) <= UTM_LIMIT) continue;
    ignore(`utm-${key}`, value, `ignored: longer than ${UTM_LIMIT} characters`);
    delete utm[key];
  }
  const givenBy = (link: string) => `ignored: ${link} already gives the booking link`;

  let source: SettingsSource = 'own';
  let settings: BookingSettings;
  if (href || (provider && account) || (provider && !fallbackHref)) {
    settings = { provider, account, service, href, utm };
    if (href) {
      ignore('account', account, givenBy('href'));
      ignore('service', service, givenBy('href'));
    }
  } else {
    ignore('account', account, 'ignored: an account needs a provider');
    if (fallbackHref) {
      source = 'fallback';
      settings = { provider, href: fallbackHref, utm };
      ignore('service', service, givenBy('the <a href> child'));
    } else {
      if (clinic) source = 'clinic';
      settings = {
        provider: clinic?.bookingProvider,
        account: clinic?.bookingAccount,
        href: clinic?.bookingUrl,
        service,
        utm,
      };
      if (clinic?.bookingUrl) ignore('service', service, givenBy('<knead-clinic> booking-url'));
    }
  }

  const known = (MODES as readonly (string | undefined)[]).includes(mode);
  let opens: BookingMode = known ? (mode as BookingMode) : 'new-tab';
  const resolution = resolveBooking(settings);
  if (resolution.ok) {
    const { target } = resolution;
    if (target.notice) ignore('service', service, target.notice);
    if (target.kind !== 'web') {
      opens = 'same-tab';
      for (const [key, value] of Object.entries(utm ?? {}))
        ignore(`utm-${key}`, value, `ignored: a ${target.kind}: link takes no UTM parameters`);
    }
    if (mode === 'popup' && !target.frameable) {
      if (target.kind === 'web') opens = 'new-tab';
      ignore('mode', mode, `ignored: only ${FRAMEABLE} pages open in a popup`);
    }
  }
  if (mode && !known)
    ignore('mode', mode, `unknown mode; use one of ${MODES.join(', ')}. Using new-tab`);

  return {
    source,
    resolution,
    where: resolution.ok ? undefined : settingName(source, resolution.attribute),
    service: ignored.some((each) => each.attribute === 'service') ? undefined : settings.service,
    ignored,
    opens,
  };
}
