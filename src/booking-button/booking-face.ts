/**
 * What the booking button shows and what it tells the console, decided from everything the
 * page gave it: its own settings, its fallback `<a href>` child, its clinic, its texts. Pure:
 * the element renders `shows` and passes `report` on to the console, and decides nothing
 * itself.
 *
 * - Booking unavailable: a disabled button and why, with the clinic's phone to call instead;
 *   but while a clinic that may give the link is still being defined, only a calm disabled
 *   button (and nothing reported).
 * - `disabled`: a disabled button.
 * - A popup where one may frame the page (planBooking's `opens`), else a link; a link to a
 *   web page in a new tab says so in its name.
 *
 * Every word it gives the visitor comes from the messages it is handed, in their language.
 */
import { phoneUrl } from '../shared/safe-url.js';
import type { Severity } from '../shared/log.js';
import type { BookingTarget } from './booking-target.js';
import {
  planBooking,
  type BookingPlan,
  type ButtonSettings,
  type ClinicBooking,
} from './booking-settings.js';
import { LABEL_LIMIT, NAME_LIMIT, pageText } from './booking-text.js';
import type { BookingMessages } from './booking-messages.js';

/** What the button knows when it renders: its own booking settings, and the rest. */
export interface ButtonInput extends ButtonSettings {
  /** The no-JavaScript `<a href>` child: its link and text. */
  readonly fallback?: { readonly href: string; readonly text: string } | undefined;
  /** Its clinic's settings (none while that clinic is being defined). */
  readonly clinic?:
    (ClinicBooking & { readonly name?: unknown; readonly phone?: string | undefined }) | undefined;
  /** The `label` attribute, as the page set it. */
  readonly label?: unknown;
  /** The slotted text, whitespace collapsed, once known. */
  readonly slotText?: string | undefined;
  readonly disabled?: boolean;
  /** A clinic that may give the booking link is on the page but not defined yet. */
  readonly clinicPending?: boolean;
}

/** The clinic's phone, offered when booking online is not possible; a link where it dials. */
export interface PhoneFallback {
  readonly text: string;
  readonly href?: string | undefined;
}

export type ButtonShows =
  | { readonly as: 'inactive' }
  | { readonly as: 'refused'; readonly why: string; readonly call?: PhoneFallback | undefined }
  | {
      readonly as: 'link';
      readonly target: BookingTarget;
      readonly newTab: boolean;
      /** The whole accessible name, for a new tab: "Book a massage, opens in a new tab". */
      readonly name: string;
    }
  | { readonly as: 'popup'; readonly target: BookingTarget; readonly heading: string };

/** Takes one console message: the setting as the page wrote it, its value, and why. */
export type Report = (where: string, value: unknown, reason: string, severity?: Severity) => void;

export interface ButtonFace {
  readonly plan: BookingPlan;
  readonly shows: ButtonShows;
  /** The text shown in place of the slot: `label`, else the fallback link's. */
  readonly labelText: string | undefined;
}

/** Why booking is unavailable, in the visitor's words. */
function whyUnavailable(value: string, attribute: string, text: BookingMessages): string {
  if (!value) return text.notSetUp;
  return attribute === 'href' ? text.unsafeLink : text.invalidSettings;
}

/** The popup's title: the clinic's name, else the provider's. */
function popupTitle(clinic: string | undefined, target: BookingTarget, text: BookingMessages) {
  if (clinic) return text.bookWithClinic(clinic);
  const provider = target.provider?.name;
  return provider ? text.bookWithProvider(provider) : text.bookWithUs;
}

/**
 * Decides what the button shows, in `text` (the messages in the visitor's language), and
 * what to tell the console, in order: a refused setting, ignored ones, then refused texts.
 * Never throws.
 */
export function bookingFace(input: ButtonInput, text: BookingMessages, report: Report): ButtonFace {
  const { fallback, clinic, disabled = false, clinicPending = false } = input;
  const plan = planBooking(input, fallback?.href, clinic);
  const { resolution } = plan;
  const fit = (where: string, value: unknown, limit: number) => {
    const fitted = pageText(value, limit);
    if (fitted.reason) report(where, value, fitted.reason);
    return fitted.text;
  };

  // A clinic still on its way may give the link: no refusal, and nothing said, meanwhile.
  const waiting = clinicPending && !resolution.ok && !resolution.value;
  if (!resolution.ok && !waiting) report(plan.where!, resolution.value, resolution.reason);
  // Ignored but harmless: a warning, where a refused setting is an error.
  for (const { attribute, value, reason } of plan.ignored) report(attribute, value, reason, 'warn');
  const labelText =
    fit('label', input.label, LABEL_LIMIT) ??
    fit('<a href> child text', fallback?.text, LABEL_LIMIT);
  const clinicName = fit('<knead-clinic> name', clinic?.name, NAME_LIMIT);

  let shows: ButtonShows;
  if (!resolution.ok) {
    const phone = clinic?.phone;
    shows = waiting
      ? { as: 'inactive' }
      : {
          as: 'refused',
          why: whyUnavailable(resolution.value, resolution.attribute, text),
          call: phone ? { text: phone, href: phoneUrl(phone) } : undefined,
        };
  } else if (disabled) {
    shows = { as: 'inactive' };
  } else if (plan.opens === 'popup') {
    const { target } = resolution;
    shows = { as: 'popup', target, heading: popupTitle(clinicName, target, text) };
  } else {
    shows = {
      as: 'link',
      target: resolution.target,
      newTab: plan.opens === 'new-tab',
      name: text.opensInNewTab(labelText || input.slotText || text.book),
    };
  }
  return { plan, shows, labelText };
}
