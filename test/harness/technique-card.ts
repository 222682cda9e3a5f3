/**
 * Reads `<knead-technique-card>` and drives it as a visitor would: its name and heading,
 * pressure, facts and goals, the details disclosure, the note shown instead of a technique,
 * and its booking button. Plain DOM, so element tests and story play functions share it.
 */
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { Technique } from '../../src/technique-card/technique-types.js';
import { findTechnique } from '../../src/technique-card/built-in-techniques.js';
import { isShown, nextFrame, part, parts, textOf } from './dom.js';

export { isShown, nextFrame, part, parts, textOf };

/** The element the harness reads. */
export type Card = KneadTechniqueCard;

/** Waits for each element's update, then a frame, so context and slots have settled. */
export async function settle(...elements: (Element | null | undefined)[]): Promise<void> {
  for (const element of elements) {
    await (element as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  }
  await nextFrame();
}

/** A built-in technique, as the catalog the card reads has it: what its card should show. */
export function builtIn(id: string): Technique {
  const technique = findTechnique(id);
  if (!technique) throw new Error(`the built-in catalog has no technique "${id}"`);
  return technique;
}

/** The card in `root` (the first, or the one `selector` finds), once it has its clinic. */
export async function cardIn(root: ParentNode, selector = 'knead-technique-card'): Promise<Card> {
  const card = root.querySelector<Card>(selector);
  if (!card) throw new Error(`no ${selector} here`);
  // A clinic's settings arrive through context: one more update.
  await settle(card, card);
  return card;
}

/** The card's name, as the heading a screen reader lists. */
export const cardHeading = (card: Card): HTMLElement | null =>
  card.shadowRoot!.querySelector('[role="heading"][part~="name"]');

/** The name the card shows. */
export const cardName = (card: Card): string => textOf(cardHeading(card));

/** The level of the card's heading, as assistive technology reads it. */
export const cardHeadingLevel = (card: Card): string | null | undefined =>
  cardHeading(card)?.getAttribute('aria-level');

/** The value next to a fact's label ("Pressure", "Session", "Price"). */
export function fact(card: Card, label: string): HTMLElement | null {
  const term = [...card.shadowRoot!.querySelectorAll('dt')].find((dt) => textOf(dt) === label);
  return (term?.nextElementSibling as HTMLElement | null) ?? null;
}

/** The text of a fact's value ("60 min", "$95"); '' when the card does not show it. */
export const factText = (card: Card, label: string): string => textOf(fact(card, label));

/** The pressure in words, as printed beside the meter. */
export const pressureWords = (card: Card): string =>
  textOf(fact(card, 'Pressure')?.querySelector(':scope > span:not([part])'));

/** The native meter assistive technology reads the pressure from. */
export const pressureMeter = (card: Card): HTMLMeterElement | null =>
  fact(card, 'Pressure')?.querySelector('meter') ?? null;

/** How many of the meter's pips are filled in, by their painted background. */
export function filledPips(card: Card): { filled: number; total: number } {
  const pips = [...part(card, 'meter')!.children];
  const filled = pips.filter(
    (pip) => !['transparent', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(pip).backgroundColor),
  );
  return { filled: filled.length, total: pips.length };
}

/** The "Good for" tags, as they read. */
export const goalNames = (card: Card): string[] => parts(card, 'goal').map(textOf);

/** The disclosure with the description, what it feels like and cautions. */
export const details = (card: Card): HTMLDetailsElement | null =>
  part<HTMLDetailsElement>(card, 'details');

/** The disclosure's summary line, which a visitor clicks. */
export const detailsToggle = (card: Card): HTMLElement | null => part(card, 'details-toggle');

/** A sub-heading inside the details, and its level; null when there is none. */
export function detailsSection(
  card: Card,
  title: string,
): { heading: Element; level: string | null } | null {
  const found = [...(details(card)?.querySelectorAll('[role="heading"]') ?? [])].find(
    (element) => textOf(element) === title,
  );
  return found ? { heading: found, level: found.getAttribute('aria-level') } : null;
}

/** The cautions in the details, as they read. */
export const cautions = (card: Card): string[] =>
  [...(details(card)?.querySelectorAll('.cautions li') ?? [])].map(textOf);

/** Opens or closes the details the way a visitor does: by clicking its summary line. */
export async function toggleDetails(card: Card): Promise<void> {
  const disclosure = details(card);
  if (!disclosure) throw new Error(`the ${cardName(card) || 'card'} has no details`);
  const toggled = new Promise((resolve) =>
    disclosure.addEventListener('toggle', resolve, { once: true }),
  );
  detailsToggle(card)!.click();
  await toggled;
  await card.updateComplete;
}

/** Opens the details (if closed) and returns them. */
export async function openDetails(card: Card): Promise<HTMLDetailsElement> {
  if (!details(card)?.open) await toggleDetails(card);
  return details(card)!;
}

/** The note a card shows instead of a technique, or '' when it shows one. */
export const cardNote = (card: Card): string => textOf(part(card, 'message'));

/**
 * The card's booking button once it is defined and has its settings (its code loads when
 * the card first shows one, and a clinic's settings arrive through context); null for none.
 */
export async function bookingButton(card: Card): Promise<KneadBookingButton | null> {
  await card.updateComplete;
  const button = card.bookingButton;
  if (!button) return null;
  await customElements.whenDefined('knead-booking-button');
  await settle(button, button);
  return button;
}

/** The booking button's own link or button, which a visitor clicks. */
export const bookingControl = (button: KneadBookingButton): HTMLElement | null =>
  part(button, 'button');
