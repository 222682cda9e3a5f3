import { expect } from '@open-wc/testing';
import '../../src/clinic/define.js';
import '../../src/self-care-tips/define.js';
import * as harness from '../harness/self-care-tips.js';
import { BUILT_IN_TIPS, findTip } from '../../src/self-care-tips/built-in-tips.js';
import { MAX_TIPS } from '../../src/self-care-tips/tip-types.js';
import { TIPS_MESSAGES, momentLabel } from '../../src/self-care-tips/tips-messages.js';
import { captureReports } from '../helpers/console.js';
import { HOSTILE_STRINGS, letHostileCodeRun } from '../helpers/hostile.js';
import { CLINIC_WATER, WARM_BATH, manyTips } from './tip-fixtures.js';
import { jsonChild, tipsPage, tipsWithReports } from './tips-page.js';

const titlesOf = (ids: string[]) => ids.map((id) => findTip(id)!.title);

describe('<knead-self-care-tips>', () => {
  describe('built-in tips', () => {
    it('shows every built-in tip with its title, sentences and moments in words', async () => {
      const { el, errors, warnings } = await tipsWithReports(
        '<knead-self-care-tips></knead-self-care-tips>',
      );
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(harness.shownTips(el)).to.deep.equal(
        BUILT_IN_TIPS.map((tip) => ({
          title: tip.title,
          level: '3',
          text: tip.text,
          moments: tip.when.map((moment) => momentLabel(TIPS_MESSAGES, moment)),
        })),
      );
      expect(harness.listLabel(el)).to.equal('Self-care tips');
      expect(harness.generalLine(el)).to.equal(TIPS_MESSAGES.general);
      expect(el.items.map((tip) => tip.id)).to.deep.equal(BUILT_IN_TIPS.map((tip) => tip.id));
    });

    it('names the moments as text, e.g. "Before a session", never by colour alone', async () => {
      const el = await tipsPage('<knead-self-care-tips tips="heat-cold"></knead-self-care-tips>');
      expect(harness.shownTips(el)[0]!.moments).to.deep.equal([
        'Before a session',
        'After a session',
      ]);
      const moments = harness.part(el, 'moments')!;
      expect(moments.localName).to.equal('ul');
      expect(moments.getAttribute('aria-label')).to.equal('When it applies');
    });
  });

  describe('tips (pick and order)', () => {
    it('shows the tips named, in the order named, without a word on the console', async () => {
      const { el, errors, warnings } = await tipsWithReports(
        '<knead-self-care-tips tips="pain-relief heat-cold water"></knead-self-care-tips>',
      );
      expect(harness.titles(el)).to.deep.equal(titlesOf(['pain-relief', 'heat-cold', 'water']));
      expect([...errors, ...warnings]).to.deep.equal([]);
    });

    it('leaves unknown ids out with one warning naming the attribute and value', async () => {
      const { el, errors, warnings } = await tipsWithReports(
        '<knead-self-care-tips tips="water reiki cupping"></knead-self-care-tips>',
      );
      expect(harness.titles(el)).to.deep.equal(titlesOf(['water']));
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<knead-self-care-tips> tips="water reiki cupping"');
      expect(warnings[0]).to.include('unknown tip ids reiki, cupping');
      // Re-rendering says nothing more.
      el.when = 'after-session';
      const again = await captureReports(() => el.updateComplete);
      expect(again.warnings).to.deep.equal([]);
    });

    it('shows a clear note, not other tips, when no id is known, with one console error', async () => {
      const { el, errors, warnings } = await tipsWithReports(
        '<knead-self-care-tips tips="Water"></knead-self-care-tips>',
      );
      expect(harness.errorNote(el)).to.equal(TIPS_MESSAGES.notShown);
      expect(harness.part(el, 'message')!.getAttribute('role')).to.equal('note');
      expect(harness.shownTips(el)).to.deep.equal([]);
      expect(el.items).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('tips="Water"').and.include('unknown tip ids Water');
      expect(warnings).to.deep.equal([]);
    });

    it('follows a changed tips attribute', async () => {
      const el = await tipsPage('<knead-self-care-tips tips="water"></knead-self-care-tips>');
      el.setAttribute('tips', 'lifting posture');
      await harness.settle(el);
      expect(harness.titles(el)).to.deep.equal(titlesOf(['lifting', 'posture']));
      el.removeAttribute('tips');
      await harness.settle(el);
      expect(harness.titles(el)).to.have.length(BUILT_IN_TIPS.length);
    });
  });

  describe('when (filter)', () => {
    it('keeps the tips for the moment named', async () => {
      const el = await tipsPage(
        '<knead-self-care-tips when="after-exercise"></knead-self-care-tips>',
      );
      expect(harness.titles(el)).to.deep.equal(titlesOf(['water', 'gentle-exercise']));
    });

    it('keeps the tips for any of several moments, in their order', async () => {
      const el = await tipsPage(
        '<knead-self-care-tips when="flare-up every-day"></knead-self-care-tips>',
      );
      expect(harness.titles(el)).to.deep.equal(
        titlesOf(['posture', 'gentle-exercise', 'lifting', 'pain-relief']),
      );
    });

    it('filters the tips picked, in the order picked', async () => {
      const el = await tipsPage(
        '<knead-self-care-tips tips="lifting water stretching" when="after-session flare-up"></knead-self-care-tips>',
      );
      expect(harness.titles(el)).to.deep.equal(titlesOf(['lifting', 'water', 'stretching']));
    });

    it('says there is no tip for the moment when none applies', async () => {
      const { el, errors, warnings } = await tipsWithReports(
        '<knead-self-care-tips tips="lifting" when="before-session"></knead-self-care-tips>',
      );
      expect(harness.emptyNote(el)).to.equal(TIPS_MESSAGES.noMatch);
      expect(harness.generalLine(el)).to.equal(TIPS_MESSAGES.general);
      expect([...errors, ...warnings]).to.deep.equal([]);
    });

    it('leaves out unknown moments with one warning; with none known it shows every tip', async () => {
      const some = await tipsWithReports(
        '<knead-self-care-tips when="after-exercise bedtime"></knead-self-care-tips>',
      );
      expect(harness.titles(some.el)).to.deep.equal(titlesOf(['water', 'gentle-exercise']));
      expect(some.warnings).to.have.length(1);
      expect(some.warnings[0]).to.include('when="after-exercise bedtime"').and.include('bedtime');
      const none = await tipsWithReports(
        '<knead-self-care-tips when="bedtime"></knead-self-care-tips>',
      );
      expect(harness.titles(none.el)).to.have.length(BUILT_IN_TIPS.length);
      expect(none.warnings).to.have.length(1);
      expect(none.warnings[0]).to.include('every tip is shown');
    });

    it('follows a changed when attribute', async () => {
      const el = await tipsPage('<knead-self-care-tips></knead-self-care-tips>');
      el.when = 'flare-up';
      await harness.settle(el);
      expect(harness.titles(el)).to.deep.equal(titlesOf(['lifting', 'pain-relief']));
    });
  });

  describe('heading-level and label', () => {
    it('gives each title the heading level asked for', async () => {
      const el = await tipsPage('<knead-self-care-tips heading-level="2"></knead-self-care-tips>');
      expect(harness.shownTips(el).map((tip) => tip.level)).to.deep.equal(
        BUILT_IN_TIPS.map(() => '2'),
      );
    });

    it('falls back to level 3 for a level out of range, with one console message', async () => {
      const { el, errors } = await tipsWithReports(
        '<knead-self-care-tips heading-level="9"></knead-self-care-tips>',
      );
      expect(harness.shownTips(el)[0]!.level).to.equal('3');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level="9"');
    });

    it('takes the page’s accessible name for its list', async () => {
      const el = await tipsPage(
        '<knead-self-care-tips label="After your massage"></knead-self-care-tips>',
      );
      expect(harness.listLabel(el)).to.equal('After your massage');
    });
  });

  describe('a clinic’s own tips', () => {
    it('shows the JSON child’s tips as written, built-in ids and overrides included', async () => {
      const { el, errors } = await tipsWithReports(
        `<knead-self-care-tips>${jsonChild(['posture', WARM_BATH, CLINIC_WATER])}</knead-self-care-tips>`,
      );
      expect(errors).to.deep.equal([]);
      expect(harness.titles(el)).to.deep.equal([
        findTip('posture')!.title,
        WARM_BATH.title,
        CLINIC_WATER.title,
      ]);
      expect(harness.shownTips(el)[2]!.text).to.equal(CLINIC_WATER.text);
    });

    it('picks and filters from the clinic’s tips', async () => {
      const el = await tipsPage(
        `<knead-self-care-tips tips="water warm-bath posture" when="before-session">${jsonChild({
          tips: [WARM_BATH, CLINIC_WATER, 'posture'],
        })}</knead-self-care-tips>`,
      );
      expect(harness.titles(el)).to.deep.equal([CLINIC_WATER.title]);
    });

    it('leaves out a bad entry, naming its JSON path and value once', async () => {
      const bad = { ...WARM_BATH, id: 'late', when: ['bedtime'] };
      const { el, errors } = await tipsWithReports(
        `<knead-self-care-tips>${jsonChild({ tips: ['water', 'posture', WARM_BATH, bad] })}</knead-self-care-tips>`,
      );
      expect(harness.titles(el)).to.have.length(3);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('JSON tips[3].when[0]="bedtime"').and.include('unknown moment');
    });

    it('shows the clear note for JSON that cannot be read, never the built-in tips, with one console error', async () => {
      const { el, errors } = await tipsWithReports(
        `<knead-self-care-tips>${jsonChild('[ "water", ')}</knead-self-care-tips>`,
      );
      expect(harness.errorNote(el)).to.equal(TIPS_MESSAGES.notShown);
      expect(harness.shownTips(el)).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0])
        .to.include('script[type="application/json"]')
        .and.include('could not be read');
    });

    it('shows the clear note when no entry is usable', async () => {
      const { el, errors } = await tipsWithReports(
        `<knead-self-care-tips>${jsonChild([{ id: 'x' }])}</knead-self-care-tips>`,
      );
      expect(harness.errorNote(el)).to.equal(TIPS_MESSAGES.notShown);
      expect(errors.length).to.be.greaterThan(0);
      expect(errors.every((error) => error.includes('JSON [0]'))).to.equal(true);
    });

    it(`shows at most ${MAX_TIPS} of a longer list, saying so once`, async () => {
      const { el, errors } = await tipsWithReports(
        `<knead-self-care-tips>${jsonChild(manyTips(MAX_TIPS + 100))}</knead-self-care-tips>`,
      );
      expect(harness.shownTips(el)).to.have.length(MAX_TIPS);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(`too many tips: at most ${MAX_TIPS}`);
    });

    it('takes the data property over the JSON child, and follows a new one', async () => {
      const el = await tipsPage(
        `<knead-self-care-tips>${jsonChild(['water'])}</knead-self-care-tips>`,
      );
      el.data = [WARM_BATH];
      await harness.settle(el);
      expect(harness.titles(el)).to.deep.equal([WARM_BATH.title]);
      el.data = { tips: ['lifting', 'posture'] };
      await harness.settle(el);
      expect(harness.titles(el)).to.deep.equal(titlesOf(['lifting', 'posture']));
    });
  });

  describe('hostile text', () => {
    afterEach(() => delete window.__pwned);
    for (const hostile of HOSTILE_STRINGS) {
      it(`shows ${hostile} as text, in a clinic’s tip and the label`, async () => {
        const tip = { ...WARM_BATH, title: hostile, text: hostile };
        const el = await tipsPage(
          `<knead-self-care-tips>${jsonChild([tip])}</knead-self-care-tips>`,
        );
        el.label = hostile;
        await harness.settle(el);
        await letHostileCodeRun();
        expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
        expect(window.__pwned).to.equal(undefined);
        expect(harness.shownTips(el)[0]).to.deep.include({ title: hostile, text: hostile });
        expect(harness.listLabel(el)).to.equal(hostile);
      });
    }
  });
});
