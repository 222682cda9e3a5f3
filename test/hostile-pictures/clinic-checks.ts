/** The handout's clinic lines, for the tests of a clinic defined before or after the timer. */
import { expect, waitUntil } from '@open-wc/testing';
import { part, textOf, type Timer } from '../harness/exercise-timer.js';

/** The handout's paragraphs, as paper shows them. */
export const handoutLines = (el: Timer): string[] =>
  [...(part(el, 'handout')?.children ?? [])].filter((c) => c.tagName === 'P').map(textOf);

/**
 * The handout names `clinic` (named Harbour Physio, phone 604-555-0111) and follows it: a
 * new name and phone, then no phone.
 */
export async function expectClinicFollowed(el: Timer, clinic: HTMLElement): Promise<void> {
  await waitUntil(() => handoutLines(el).includes('Harbour Physio'), 'the clinic named');
  expect(handoutLines(el)).to.include('Questions? Call 604-555-0111.');
  clinic.setAttribute('name', 'Harbour Physio & Massage <b>');
  clinic.setAttribute('phone', '+1 604 555 0123');
  await waitUntil(
    () => handoutLines(el).includes('Harbour Physio & Massage <b>'),
    'the new name, as text',
  );
  expect(handoutLines(el)).to.include('Questions? Call +1 604 555 0123.');
  clinic.removeAttribute('phone');
  await waitUntil(
    () => !handoutLines(el).some((line) => line.startsWith('Questions?')),
    'no phone',
  );
}
