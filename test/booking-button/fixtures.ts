/**
 * Set-ups the booking button tests share: buttons built from their attributes (the Calendly
 * popup most of all), rendering with the console captured, rendering again, and closing
 * every popup a test left open.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import { captureReports } from '../helpers/console.js';
import { renderedButton } from '../harness/booking-button.js';

/** A popup that opens: Calendly lets its pages be framed. */
export const CALENDLY_POPUP = {
  mode: 'popup',
  provider: 'calendly',
  account: 'harbour-physio',
} as const;

/** A booking button with these attributes, and this text inside, not on the page yet. */
export function bookingButton(
  attributes: Readonly<Record<string, string>>,
  text?: string,
): KneadBookingButton {
  const button = document.createElement('knead-booking-button');
  for (const [name, value] of Object.entries(attributes)) button.setAttribute(name, value);
  if (text !== undefined) button.append(text);
  return button;
}

/** The Calendly popup button, with any more attributes. */
export const calendlyPopup = (more: Readonly<Record<string, string>> = {}): KneadBookingButton =>
  bookingButton({ ...CALENDLY_POPUP, ...more });

/**
 * Renders `template` (or one button) and lets every button in it settle, with the console
 * errors (refused settings) and warnings (ignored ones) it logged meanwhile. `button` is the
 * root when it is a button, else the first button inside.
 */
export async function renderQuietly(template: TemplateResult | Element): Promise<{
  root: HTMLElement;
  button: KneadBookingButton;
  errors: string[];
  warnings: string[];
}> {
  let root!: HTMLElement;
  let button!: KneadBookingButton;
  const { errors, warnings } = await captureReports(async () => {
    root = await fixture<HTMLElement>(template instanceof Element ? html`${template}` : template);
    for (const each of root.querySelectorAll('knead-booking-button')) await renderedButton(each);
    button = await renderedButton(root);
  });
  return { root, button, errors, warnings };
}

/** Renders a button again a few times over, as pages change attributes: what it logged. */
export async function rerender(button: KneadBookingButton): Promise<string[]> {
  const { errors, warnings } = await captureReports(async () => {
    button.variant = 'secondary';
    await button.updateComplete;
    button.theme = 'dark';
    await button.updateComplete;
  });
  return [...errors, ...warnings];
}

/** Closes the popup of every button on the page: for `afterEach`. */
export function closeEveryPopup(): void {
  for (const button of document.querySelectorAll('knead-booking-button')) button.closePopup();
}
