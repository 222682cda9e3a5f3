import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { SymptomCheckStartEvent } from '../../src/symptom-check/symptom-check-events.js';
import { HOSTILE_STRINGS, letHostileCodeRun } from '../helpers/hostile.js';
import { luminance } from '../helpers/colour.js';
import { withErrors } from '../helpers/console.js';
import {
  ROUTES,
  answerRoute,
  errorText,
  heading,
  headingText,
  itemOf,
  next,
  options,
  outcomeOf,
  part,
  start,
  textOf,
  type Check,
} from '../harness/symptom-check.js';
import {
  NECK_FLOW,
  NECK_ROUTE,
  RESULT_ELEMENTS,
  cardsOf,
  checkWithErrors,
  clinicWith,
  countIn,
  expectRefused,
  jsonChildFixture,
  recordEvents,
  withJsonChild,
  inTimeZone,
} from './fixtures.js';
import { expectFocusedHeading, walkByKeyboard } from './keyboard.js';

const TITLE = BACK_PAIN_FLOW.title;

describe("<knead-symptom-check> a clinic's own flow", () => {
  inTimeZone();

  it('runs from a JSON child to its outcome, by keyboard', async function () {
    this.timeout(20000);
    const { el, errors } = await withErrors(async () => {
      const clinic = await fixture<KneadClinic>(
        clinicWith(withJsonChild(JSON.stringify(NECK_FLOW))),
      );
      const el = clinic.querySelector('knead-symptom-check')!;
      await el.updateComplete;
      return el;
    });
    expect(errors).to.deep.equal([]);
    expect(headingText(el)).to.equal(NECK_FLOW.title);
    expect(textOf(part(el, 'intro'))).to.include(NECK_FLOW.intro);
    const recorded = await recordEvents(() => walkByKeyboard(el, NECK_ROUTE, NECK_FLOW));
    expectFocusedHeading(el, outcomeOf('neck-massage', NECK_FLOW).title);
    expect((await cardsOf(el)).map((card) => card.technique)).to.deep.equal(['swedish']);
    // An exercise the library does not know is named from its id.
    expect(textOf(part(el, 'exercises'))).to.include('Chin tuck');
    expect(countIn(el, 'knead-booking-button')).to.equal(1);
    expect(
      recorded.of<SymptomCheckStartEvent>(SymptomCheckStartEvent.type).map((e) => e.detail),
    ).to.deep.equal([{ flow: 'neck' }]);
    await expect(el).to.be.accessible();
  });

  it('runs from the flow property to its outcome', async () => {
    const el = await fixture<Check>(
      html`<knead-symptom-check .flow=${NECK_FLOW}></knead-symptom-check>`,
    );
    expect(headingText(el)).to.equal(NECK_FLOW.title);
    await start(el);
    expect(headingText(el)).to.equal(itemOf('before', NECK_FLOW).text);
    expect(!!part(el, 'question'), 'a fieldset on a display screen').to.equal(false);
    await expect(el).to.be.accessible();
    await answerRoute(el, [NECK_ROUTE[0]!, { linkId: 'sore', codes: ['no'] }], NECK_FLOW);
    expect(headingText(el)).to.equal(outcomeOf('neck-talk', NECK_FLOW).title);
    expect(countIn(el, RESULT_ELEMENTS)).to.equal(0);
  });

  describe('where the flow comes from', () => {
    it('the flow property wins over the JSON child', async () => {
      const el = withJsonChild(JSON.stringify(BACK_PAIN_FLOW));
      el.flow = NECK_FLOW;
      const { errors } = await withErrors(async () => {
        await fixture(html`<div>${el}</div>`);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(headingText(el)).to.equal(NECK_FLOW.title);
    });

    it('the flow property wins over a JSON child that cannot be read', async () => {
      const el = withJsonChild('{"id": "neck", "title": ');
      el.flow = NECK_FLOW;
      const { errors } = await withErrors(async () => {
        await fixture(html`<div>${el}</div>`);
        await el.updateComplete;
      });
      expect(headingText(el)).to.equal(NECK_FLOW.title);
      // The child is still reported: the page should fix or remove it.
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('script[type="application/json"]');
    });

    it('the JSON child wins over the built-in flow the attribute names', async () => {
      const el = withJsonChild(JSON.stringify(NECK_FLOW));
      el.setAttribute('flow', 'back-pain');
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect(headingText(el)).to.equal(NECK_FLOW.title);
    });

    it('a flow set while the check runs starts it again, on the new flow', async () => {
      const el = await fixture<Check>(html`<knead-symptom-check></knead-symptom-check>`);
      await answerRoute(el, ROUTES.muscular.slice(0, 2));
      el.flow = NECK_FLOW;
      await el.updateComplete;
      expect(headingText(el)).to.equal(NECK_FLOW.title);
      el.flow = 'back-pain';
      await el.updateComplete;
      expect(headingText(el)).to.equal(TITLE);
    });
  });

  it('refuses a JSON child whose enableWhen names an unknown question', async () => {
    const broken = structuredClone(NECK_FLOW) as unknown as {
      item: { enableWhen?: { question: string }[] }[];
    };
    broken.item[1]!.enableWhen = [{ question: 'nope', operator: 'exists' } as never];
    const { el, errors } = await jsonChildFixture(JSON.stringify(broken));
    await expectRefused(el);
    expect(
      errors.some((error) => error.includes('item[1].enableWhen[0].question')),
      errors.join('\n'),
    ).to.equal(true);
    expect(errors.every((error) => error.includes('knead-symptom-check'))).to.equal(true);
  });

  it('refuses a JSON child that is not valid JSON', async () => {
    const { el, errors } = await jsonChildFixture('{"id": "neck", "title": ');
    expect(errors.length, 'console errors').to.be.greaterThan(0);
    expect(errors[0]).to.include('script[type="application/json"]').and.include('JSON');
    // Not the built-in flow in its place: the clinic meant its own questions.
    expect(headingText(el), 'a wizard shown in its place').to.not.equal(TITLE);
    await expectRefused(el);
  });

  it('refuses a flow property that breaks the rules, naming the JSON path', async () => {
    const broken = {
      ...NECK_FLOW,
      outcomes: [
        { ...NECK_FLOW.outcomes[0]!, level: 'emergency' as const },
        NECK_FLOW.outcomes[1]!,
      ],
    };
    const { el, errors } = await checkWithErrors(
      html`<knead-symptom-check .flow=${broken}></knead-symptom-check>`,
    );
    await expectRefused(el);
    expect(errors.some((error) => error.includes('outcomes[0]'))).to.equal(true);
  });

  it('refuses a flow that recommends an id no technique can have, naming it', async () => {
    const broken = {
      ...NECK_FLOW,
      outcomes: [
        { ...NECK_FLOW.outcomes[0]!, techniques: ['Deep_Tissue'] },
        NECK_FLOW.outcomes[1]!,
      ],
    };
    const { el, errors } = await checkWithErrors(
      html`<knead-symptom-check .flow=${broken}></knead-symptom-check>`,
    );
    await expectRefused(el);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('outcomes[0].techniques[0]').and.include('Deep_Tissue');
  });

  it('refuses an unknown built-in flow name, with one console error naming flow', async () => {
    const { el, errors } = await checkWithErrors(
      html`<knead-symptom-check flow="nope"></knead-symptom-check>`,
    );
    await expectRefused(el);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('flow').and.include('nope').and.include('back-pain');
  });

  it('says it is loading while a clinic flow is checked, then shows it', async () => {
    const el = document.createElement('knead-symptom-check');
    el.flow = NECK_FLOW;
    const shown: string[] = [];
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    // Every screen rendered on the way, including ones replaced before anyone looks.
    const watch = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (textOf(node)) shown.push(textOf(node));
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    watch.disconnect();
    expect(shown[0]).to.equal('Loading the check…');
    expect(headingText(el)).to.equal(NECK_FLOW.title);
  });

  it('shows hostile text from a clinic flow as text, on every screen', async () => {
    const [IMG, SCRIPT] = HOSTILE_STRINGS;
    const hostile: Flow = {
      id: 'hostile',
      title: IMG,
      intro: SCRIPT,
      item: [
        {
          linkId: 'q',
          text: IMG,
          helpText: SCRIPT,
          type: 'choice',
          answerOption: [
            { valueCoding: { code: 'a', display: IMG } },
            { valueCoding: { code: 'b', display: SCRIPT } },
          ],
        },
      ],
      outcomes: [
        {
          id: 'bad',
          level: 'clinician',
          when: { question: 'q', operator: '=', answerCoding: { code: 'a' } },
          title: SCRIPT,
          advice: IMG,
          exercises: ['stretch'],
        },
        { id: 'other', level: 'clinician', title: IMG, advice: SCRIPT },
      ],
    };
    const expectInert = async (el: Check, where: string) => {
      await letHostileCodeRun();
      expect(countIn(el, 'img, script'), `markup made on ${where}`).to.equal(0);
      expect(window.__pwned, `code run on ${where}`).to.equal(undefined);
    };
    for (const source of ['property', 'JSON child'] as const) {
      const { el, errors } = await withErrors(async () => {
        if (source === 'property')
          return fixture<Check>(html`<knead-symptom-check .flow=${hostile}></knead-symptom-check>`);
        const holder = await fixture<HTMLDivElement>(
          html`<div>${withJsonChild(JSON.stringify(hostile))}</div>`,
        );
        const el = holder.querySelector('knead-symptom-check')!;
        await el.updateComplete;
        return el;
      });
      expect(errors, source).to.deep.equal([]);
      expect(headingText(el), source).to.equal(IMG);
      expect(textOf(part(el, 'intro')), source).to.include(SCRIPT);
      await expectInert(el, `${source} intro`);
      await start(el);
      expect(headingText(el)).to.equal(IMG);
      expect(textOf(part(el, 'question'))).to.include(SCRIPT);
      expect(options(el).map((option) => option.label)).to.deep.equal([IMG, SCRIPT]);
      await expectInert(el, `${source} question`);
      await answerRoute(el, [{ linkId: 'q', codes: ['a'] }], hostile);
      expect(headingText(el)).to.equal(SCRIPT);
      expect(textOf(part(el, 'result'))).to.include(IMG);
      await expectInert(el, `${source} result`);
    }
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`${theme}: a question and the emergency result are accessible`, async () => {
        const el = await fixture<Check>(
          html`<knead-symptom-check theme=${theme}></knead-symptom-check>`,
        );
        await start(el);
        const text = luminance(getComputedStyle(heading(el)!).color);
        expect(text > 0.5, `${theme} text is ${text > 0.5 ? 'light' : 'dark'}`).to.equal(
          theme === 'dark',
        );
        await expect(el).to.be.accessible();
        await next(el);
        expect(errorText(el), 'the error').to.not.equal(undefined);
        await expect(el).to.be.accessible();
        await answerRoute(el, ROUTES.emergency);
        expect(headingText(el)).to.equal(outcomeOf('emergency').title);
        await expect(el).to.be.accessible();
      });
    }
  });
});
