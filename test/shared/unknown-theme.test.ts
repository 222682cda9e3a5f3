import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { captureReports } from '../helpers/console.js';

/*
 * An unknown `theme` (a typo, "purple") keeps the page's colours; every element, the clinic
 * included, says so once, through the one shared check.
 */

type Themed = HTMLElement & { theme?: string; updateComplete: Promise<unknown> };

const ELEMENTS: [string, (theme: string) => TemplateResult][] = [
  [
    'knead-booking-button',
    (theme) =>
      html`<knead-booking-button
        href="https://book.example.com/"
        theme=${theme}
      ></knead-booking-button>`,
  ],
  [
    'knead-technique-card',
    (theme) =>
      html`<knead-technique-card technique="swedish" theme=${theme}></knead-technique-card>`,
  ],
  [
    'knead-technique-list',
    (theme) =>
      html`<knead-technique-list techniques="swedish" theme=${theme}></knead-technique-list>`,
  ],
  [
    'knead-symptom-check',
    (theme) => html`<knead-symptom-check theme=${theme}></knead-symptom-check>`,
  ],
  [
    'knead-exercise-timer',
    (theme) => html`<knead-exercise-timer theme=${theme}></knead-exercise-timer>`,
  ],
  ['knead-clinic', (theme) => html`<knead-clinic theme=${theme}></knead-clinic>`],
];

async function settle(root: Element) {
  for (let round = 0; round < 3; round++) {
    const elements = [root, ...root.querySelectorAll('*')] as Themed[];
    await Promise.all(elements.map((element) => element.updateComplete));
    await nextFrame();
  }
}

/** The console messages about `theme`, errors and warnings apart. */
async function themeReports(run: () => Promise<unknown>) {
  const { errors, warnings } = await captureReports(run);
  const aboutTheme = (messages: string[]) => messages.filter((m) => m.includes(' theme='));
  return { errors: aboutTheme(errors), warnings: aboutTheme(warnings) };
}

describe('an unknown theme', () => {
  for (const [tag, template] of ELEMENTS) {
    it(`<${tag}> warns once, naming it, and again only for a new value`, async () => {
      let el!: Themed;
      const first = await themeReports(async () => {
        el = await fixture<Themed>(template('purple'));
        await settle(el);
        el.setAttribute('lang', 'en');
        await settle(el);
      });
      expect(first.errors).to.deep.equal([]);
      expect(first.warnings).to.have.length(1);
      expect(first.warnings[0]).to.match(new RegExp(`^knead-widgets: <${tag}> theme="purple": `));
      expect(first.warnings[0]).to.include('light, dark, auto');
      expect(getComputedStyle(el).colorScheme).to.equal('normal');

      const next = await themeReports(async () => {
        el.setAttribute('theme', 'sepia');
        await settle(el);
        el.setAttribute('theme', 'dark');
        await settle(el);
      });
      expect(next.warnings).to.have.length(1);
      expect(next.warnings[0]).to.include('theme="sepia"');
    });

    it(`<${tag}> is silent about light, dark, auto and no theme`, async () => {
      const reports = await themeReports(async () => {
        for (const theme of ['light', 'dark', 'auto', ''])
          await settle(await fixture(template(theme)));
      });
      expect(reports).to.deep.equal({ errors: [], warnings: [] });
    });
  }

  it('is reported by the clinic alone, not by every widget that follows it', async () => {
    const reports = await themeReports(async () => {
      const clinic = await fixture<KneadClinic>(html`
        <knead-clinic theme="purple">
          <knead-booking-button href="https://book.example.com/"></knead-booking-button>
          <knead-technique-card technique="swedish"></knead-technique-card>
        </knead-clinic>
      `);
      await settle(clinic);
    });
    expect(reports.warnings).to.have.length(1);
    expect(reports.warnings[0]).to.match(/^knead-widgets: <knead-clinic> theme="purple": /);
  });
});
