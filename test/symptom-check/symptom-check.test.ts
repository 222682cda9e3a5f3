import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { captureConsole } from '../helpers/console.js';
import {
  ROUTES,
  answerRoute,
  buttonNames,
  callLink,
  heading,
  headingText,
  itemOf,
  next,
  outcomeOf,
  part,
  parts,
  progressText,
  settle,
  start,
  textOf,
  type RouteName,
} from '../harness/symptom-check.js';
import {
  NECK_FLOW,
  START,
  checkFixture,
  checkWithErrors,
  clinicCheck,
  wrapped,
  inTimeZone,
} from './fixtures.js';
import {
  activate,
  describeFocus,
  expectFocusOutside,
  expectFocusedHeading,
  walkByKeyboard,
} from './keyboard.js';

const TITLE = BACK_PAIN_FLOW.title;

describe('<knead-symptom-check>', () => {
  inTimeZone();

  describe('intro', () => {
    it('shows the title, intro, a not-a-diagnosis statement, the emergency number and Start', async () => {
      const el = await checkFixture();
      const intro = part(el, 'intro');
      expect(!!intro, 'the intro').to.equal(true);
      expect(headingText(el)).to.equal(TITLE);
      expect(heading(el)!.getAttribute('role')).to.equal('heading');
      expect(heading(el)!.getAttribute('aria-level')).to.equal('2');
      expect(textOf(intro)).to.include(BACK_PAIN_FLOW.intro);
      expect(textOf(intro)).to.match(/this is not a diagnosis/i);
      expect(textOf(intro)).to.include('call your local emergency number now');
      expect(buttonNames(el)).to.deep.equal([START]);
      expect(el.shadowRoot!.querySelector('button')!.type).to.equal('button');
      expect(progressText(el), 'progress').to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('does not take focus when it loads', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div><button type="button">Before</button></div>`,
      );
      const before = holder.querySelector('button')!;
      before.focus();
      const el = document.createElement('knead-symptom-check');
      holder.append(el);
      await el.updateComplete;
      expect(document.activeElement === before, `focus stays (on ${describeFocus()})`).to.equal(
        true,
      );
      expectFocusOutside(el);
    });

    it('does not take focus on load with nothing focused either', async () => {
      const el = await checkFixture();
      expectFocusOutside(el);
    });

    it('does not take focus when a clinic sets its own flow after the first render', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button">Before</button>
          <knead-symptom-check></knead-symptom-check>
        </div>`,
      );
      const before = holder.querySelector('button')!;
      const el = holder.querySelector('knead-symptom-check')!;
      await el.updateComplete;
      before.focus();
      // A page that fetches its flow and hands it over once loaded.
      el.flow = NECK_FLOW;
      await el.updateComplete;
      expect(headingText(el)).to.equal(NECK_FLOW.title);
      expect(document.activeElement === before, `focus stays (on ${describeFocus()})`).to.equal(
        true,
      );
    });

    describe('emergency number', () => {
      it('names no number with no clinic, no region and an unknown time zone, and warns once', async () => {
        const warnings = await captureConsole('warn', async () => {
          const el = await checkFixture();
          expect(!!callLink(el), 'a call link').to.equal(false);
          expect(textOf(part(el, 'intro'))).to.include('call your local emergency number now');
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('emergency-number=""');
        expect(warnings[0]).to.include('set emergency-number on <knead-clinic>');
      });

      it("follows the page's region from lang", async () => {
        const { el } = await wrapped(
          html`<div lang="en-GB"><knead-symptom-check></knead-symptom-check></div>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:999');
        expect(textOf(callLink(el))).to.equal('999');
      });

      it("uses the clinic's emergency number", async () => {
        const { el } = await wrapped(
          html`<knead-clinic emergency-number="000"
            ><knead-symptom-check></knead-symptom-check
          ></knead-clinic>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:000');
        expect(textOf(callLink(el))).to.equal('000');
      });

      it("prefers its own emergency-number attribute to the clinic's", async () => {
        const { el } = await wrapped(
          html`<knead-clinic emergency-number="000"
            ><knead-symptom-check emergency-number="112"></knead-symptom-check
          ></knead-clinic>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:112');
        expect(textOf(callLink(el))).to.equal('112');
      });

      it('ignores a number that cannot be called, with one console error naming it', async () => {
        const { el, errors } = await checkWithErrors(
          html`<knead-symptom-check
            emergency-number="ask reception"
            lang="en-NZ"
          ></knead-symptom-check>`,
        );
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:111');
        expect(textOf(part(el, 'intro'))).to.not.include('ask reception');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include('emergency-number="ask reception"');
      });
    });
  });

  describe('heading-level', () => {
    it('sets the level of every screen heading', async () => {
      const { el, errors } = await checkWithErrors(
        html`<knead-symptom-check heading-level="4"></knead-symptom-check>`,
      );
      expect(errors).to.deep.equal([]);
      expect(heading(el)!.getAttribute('aria-level')).to.equal('4');
    });

    it('falls back to 2 for a level that is not 1 to 6, naming it once', async () => {
      const { el, errors } = await checkWithErrors(
        html`<knead-symptom-check heading-level="nine"></knead-symptom-check>`,
      );
      expect(heading(el)!.getAttribute('aria-level')).to.equal('2');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level="nine"');
    });
  });

  describe('keyboard-only walk-through', () => {
    for (const [id, route] of Object.entries(ROUTES)) {
      it(`reaches the ${id} result with Tab, Space, arrows and Enter alone`, async function () {
        this.timeout(60000);
        const el = await clinicCheck();
        await walkByKeyboard(el, route);
        expectFocusedHeading(el, outcomeOf(id).title);
        expect(!!part(el, 'result'), 'a result').to.equal(true);
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }

    it('starts with the space bar too', async () => {
      const el = await checkFixture();
      await activate(el, START, ' ');
      expectFocusedHeading(el, itemOf('emergency').text);
    });
  });

  describe('targets', () => {
    it('makes every answer row and button at least 44px tall', async () => {
      const el = await checkFixture();
      await start(el);
      const rows = [...parts(el, 'option'), ...el.shadowRoot!.querySelectorAll('button')];
      const short = rows
        .filter((row) => row.getBoundingClientRect().height < 44)
        .map((row) => `${textOf(row)}: ${row.getBoundingClientRect().height}px`);
      expect(rows.length).to.be.greaterThan(3);
      expect(short).to.deep.equal([]);
    });
  });

  describe('progress', () => {
    it('is shown only where it is truthful: from the first pattern question to the last', async () => {
      const el = await clinicCheck();
      const shown: string[] = [];
      await start(el);
      for (const step of ROUTES.muscular) {
        shown.push(progressText(el) ?? '(none)');
        await answerRoute(el, [step]);
      }
      const total = BACK_PAIN_FLOW.item.length;
      expect(shown[0], 'emergency screen').to.equal('(none)');
      expect(shown[1], 'urgent screen').to.equal('(none)');
      expect(shown[2]).to.equal('Question 3 of 9');
      expect(shown[8]).to.equal('Question 9 of 9');
      expect(shown.slice(2)).to.deep.equal(
        [3, 4, 5, 6, 7, 8, 9].map((n) => `Question ${n} of ${total}`),
      );
    });
  });

  describe('the named routes', () => {
    for (const id of Object.keys(ROUTES) as RouteName[])
      it(`${id}: clicking through its route ends at that outcome`, async () => {
        const el = await checkFixture();
        await captureConsole('error', () => answerRoute(el, ROUTES[id]));
        expect(headingText(el)).to.equal(outcomeOf(id).title);
      });

    it('refuse a route whose step is not the question shown', async () => {
      const el = await checkFixture();
      let error: unknown;
      await answerRoute(el, ROUTES.muscular.slice(1)).catch((caught: unknown) => (error = caught));
      expect(String(error)).to.include(itemOf('urgent').text);
      await next(el);
      expect(headingText(el)).to.equal(itemOf('emergency').text);
    });
  });
});
