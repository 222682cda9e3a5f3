/**
 * What a booking frame shows from its settings: the page to frame, or none (then a booking
 * button opens it in a new tab), and what to tell the console. Pure: the same settings
 * rules as the booking button (`planBooking`), with framing decided by the provider.
 */
import {
  planBooking,
  type BookingPlan,
  type ClinicBooking,
} from '../booking-button/booking-settings.js';
import type { BookingTarget } from '../booking-button/booking-target.js';
import type { BookingDetail } from '../booking-button/booking-events.js';
import { framingOf } from '../booking-button/provider-embeds.js';
import type { Utm } from '../shared/safe-url.js';

export interface FrameSettings {
  readonly provider?: string | undefined;
  readonly account?: string | undefined;
  readonly service?: string | undefined;
  readonly href?: string | undefined;
  readonly utm?: Utm | undefined;
}

/** A console warning: the setting as the page wrote it, its value, and why. */
export type FrameNotice = readonly [where: string, value: string, reason: string];

export interface FramePlan {
  readonly plan: BookingPlan;
  /** The page to frame; undefined when it cannot be framed or booking is refused. */
  readonly framed: BookingTarget | undefined;
  /** Warnings for the console (refused settings are the booking button's to report). */
  readonly notices: readonly FrameNotice[];
}

/** Decides what the frame shows. Never throws. */
export function planFrame(own: FrameSettings, clinic: ClinicBooking | undefined): FramePlan {
  const plan = planBooking(own, undefined, clinic);
  const target = plan.resolution.ok ? plan.resolution.target : undefined;
  if (framingOf(target)) {
    const notices = plan.ignored.map(({ attribute, value, reason }): FrameNotice => [
      attribute,
      value,
      reason,
    ]);
    return { plan, framed: target, notices };
  }
  if (!target) return { plan, framed: undefined, notices: [] };
  const provider = target.provider;
  const notice: FrameNotice = [
    provider ? 'provider' : 'href',
    provider ? provider.id : target.url,
    `${provider?.name ?? 'this page'} cannot be shown inside another page; showing a booking button that opens a new tab (inline: calendly, cal, acuity)`,
  ];
  return { plan, framed: undefined, notices: [notice] };
}

/** What the frame's booking events say about the page it frames. */
export function bookingDetail(
  target: BookingTarget,
  plan: BookingPlan | undefined,
  source: HTMLElement,
): BookingDetail {
  return { url: target.url, provider: target.provider?.id, service: plan?.service, source };
}
