import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { settle } from '../harness/clinic.js';

/*
 * A clinic's `theme` reaches every widget it serves, also widgets outside a page clinic,
 * which CSS inheritance cannot reach.
 */

const DARK_ACCENT = 'rgb(127, 216, 203)';
const LIGHT_ACCENT = 'rgb(11, 107, 97)';
const DARK_SURFACE = 'rgb(23, 32, 30)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

const WIDGETS = [
  'knead-booking-button',
  'knead-technique-card',
  'knead-technique-list',
  'knead-symptom-check',
  'knead-exercise-timer',
] as const;

const scheme = (element: Element) => getComputedStyle(element).colorScheme;
/** The booking button's own colour: its background, the accent. */
const buttonColour = (element: Element) =>
  getComputedStyle(element.shadowRoot!.querySelector('[part~="button"]')!).backgroundColor;
const surface = (element: Element, part: string) =>
  getComputedStyle(element.shadowRoot!.querySelector(`[part~="${part}"]`)!).backgroundColor;

describe('a clinic theme', () => {
  it('reaches every widget outside a page clinic, without adding attributes', async () => {
    const page = await fixture(html`
      <div>
        <knead-clinic page theme="dark" emergency-number="112"></knead-clinic>
        <section>
          <knead-booking-button href="https://book.example.com/"></knead-booking-button>
          <knead-technique-card technique="swedish"></knead-technique-card>
          <knead-technique-list techniques="swedish"></knead-technique-list>
          <knead-symptom-check></knead-symptom-check>
          <knead-exercise-timer></knead-exercise-timer>
        </section>
      </div>
    `);
    await settle(page);
    for (const tag of WIDGETS) {
      const widget = page.querySelector(tag)!;
      expect(scheme(widget), tag).to.equal('dark');
      expect(widget.hasAttribute('theme'), `${tag} theme attribute`).to.equal(false);
    }
    expect(buttonColour(page.querySelector('knead-booking-button')!)).to.equal(DARK_ACCENT);
    expect(surface(page.querySelector('knead-technique-card')!, 'card')).to.equal(DARK_SURFACE);
    const list = page.querySelector('knead-technique-list')!;
    // A themed list brings its own background, so its text stays readable on a light page.
    expect(getComputedStyle(list).backgroundColor).to.equal(DARK_SURFACE);
    const card = list.shadowRoot!.querySelector('knead-technique-card')!;
    expect(scheme(card)).to.equal('dark');
  });

  it("gives way to the widget's own theme", async () => {
    const page = await fixture(html`
      <div>
        <knead-clinic page theme="dark"></knead-clinic>
        <knead-booking-button theme="light" href="https://book.example.com/"></knead-booking-button>
        <knead-technique-list theme="light" techniques="swedish"></knead-technique-list>
      </div>
    `);
    await settle(page);
    const button = page.querySelector('knead-booking-button')!;
    expect(scheme(button)).to.equal('light');
    expect(buttonColour(button)).to.equal(LIGHT_ACCENT);
    // The cards inside a light list follow the list, not the clinic.
    const list = page.querySelector('knead-technique-list')!;
    const card = list.shadowRoot!.querySelector('knead-technique-card')!;
    expect(scheme(card)).to.equal('light');
    expect(surface(card, 'card')).to.equal(LIGHT_SURFACE);
  });

  it('follows the clinic when its theme changes or goes', async () => {
    const page = await fixture(html`
      <div>
        <knead-clinic page theme="dark" name="Harbour"></knead-clinic>
        <knead-booking-button href="https://book.example.com/"></knead-booking-button>
      </div>
    `);
    const clinic = page.querySelector<KneadClinic>('knead-clinic')!;
    const button = page.querySelector('knead-booking-button')!;
    await settle(page);
    expect(scheme(button)).to.equal('dark');

    clinic.setAttribute('theme', 'light');
    await settle(page);
    expect(scheme(button)).to.equal('light');
    expect(buttonColour(button)).to.equal(LIGHT_ACCENT);

    clinic.setAttribute('theme', 'dark');
    await settle(page);
    expect(buttonColour(button)).to.equal(DARK_ACCENT);

    clinic.removeAttribute('theme');
    await settle(page);
    expect(scheme(button)).to.equal('normal');
    expect(buttonColour(button)).to.equal(LIGHT_ACCENT);

    clinic.setAttribute('theme', 'dark');
    await settle(page);
    clinic.remove();
    await settle(page);
    expect(scheme(button)).to.equal('normal');
  });

  it('comes from the nearest clinic: a clinic without a theme keeps the page colours', async () => {
    const page = await fixture(html`
      <div>
        <knead-clinic page theme="dark"></knead-clinic>
        <knead-clinic name="Own">
          <knead-booking-button href="https://book.example.com/"></knead-booking-button>
        </knead-clinic>
      </div>
    `);
    await settle(page);
    expect(scheme(page.querySelector('knead-booking-button')!)).to.equal('normal');
  });

  it('reaches widgets inside a themed clinic as before', async () => {
    const clinic = await fixture(html`
      <knead-clinic theme="dark">
        <knead-booking-button href="https://book.example.com/"></knead-booking-button>
      </knead-clinic>
    `);
    await settle(clinic);
    const button = clinic.querySelector('knead-booking-button')!;
    expect(scheme(button)).to.equal('dark');
    expect(buttonColour(button)).to.equal(DARK_ACCENT);
  });
});
