import { expect, fixture } from '@open-wc/testing';
import '../../src/clinic/define.js';
import '../../src/self-care-tips/define.js';
import * as harness from '../harness/self-care-tips.js';
import { MAX_TIPS } from '../../src/self-care-tips/tip-types.js';
import { TIPS_FR } from '../../src/self-care-tips/languages/tips.fr.js';
import { TIPS_ES } from '../../src/self-care-tips/languages/tips.es.js';
import { TIPS_MESSAGES_FR } from '../../src/self-care-tips/languages/fr.js';
import { LONG_WORD, overflows } from '../helpers/layout.js';
import { captureReports } from '../helpers/console.js';
import { pageLang, problemsDuring, settleAll } from '../hostile-languages/probes.js';
import { manyTips } from './tip-fixtures.js';
import { jsonChild, tipsPage } from './tips-page.js';

describe('<knead-self-care-tips> on hostile pages', () => {
  it('speaks French on a bare <html lang="fr"> page, with no region', async () => {
    const restore = pageLang('fr');
    try {
      const el = await tipsPage(
        '<knead-self-care-tips tips="water lifting"></knead-self-care-tips>',
      );
      expect(harness.titles(el)).to.deep.equal([TIPS_FR.water.title, TIPS_FR.lifting.title]);
      expect(harness.generalLine(el)).to.equal(TIPS_MESSAGES_FR.general);
      expect(harness.part(el, 'panel')!.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it(`takes a ${MAX_TIPS}-entry clinic list whole, and no more from a longer one`, async function () {
    this.timeout(20000);
    const { errors } = await captureReports(async () => {
      const el = await tipsPage(
        `<knead-self-care-tips>${jsonChild(manyTips(MAX_TIPS))}</knead-self-care-tips>`,
      );
      expect(harness.shownTips(el)).to.have.length(MAX_TIPS);
      expect(harness.titles(el).at(-1)).to.equal(`Tip ${MAX_TIPS - 1}`);
      await expect(el).to.be.accessible();
      const longer = await tipsPage(
        `<knead-self-care-tips>${jsonChild({ tips: manyTips(10 * MAX_TIPS) })}</knead-self-care-tips>`,
      );
      expect(harness.shownTips(longer)).to.have.length(MAX_TIPS);
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include(`tips=${10 * MAX_TIPS}`);
  });

  it('refuses malformed JSON of every kind with a note and one console error each', async () => {
    for (const text of ['', '{', '[1,]', 'null', '"water"', '{"tips": 3}', '[[[]]]']) {
      let el!: harness.Tips;
      const { errors } = await captureReports(async () => {
        el = await tipsPage(`<knead-self-care-tips>${jsonChild(text)}</knead-self-care-tips>`);
      });
      expect(harness.errorNote(el), text).to.equal('The self-care tips could not be shown.');
      expect(errors.length, text).to.equal(1);
      await expect(el, text).to.be.accessible();
    }
  });

  it('wraps an 80-character word at 320px, in a title and a text, with nothing sticking out', async () => {
    const tip = {
      id: 'long',
      title: LONG_WORD,
      text: `${LONG_WORD} ${LONG_WORD}`,
      when: ['every-day'],
    };
    const holder = await fixture<HTMLElement>(
      `<div style="width: 320px"><knead-self-care-tips tips="long water">${jsonChild([tip, 'water'])}</knead-self-care-tips></div>`,
    );
    const el = await harness.tipsIn(holder);
    expect(harness.titles(el)[0]).to.equal(LONG_WORD);
    expect(overflows(el)).to.deep.equal([]);
    expect(el.getBoundingClientRect().width).to.equal(320);
  });

  it('keeps every built-in tip inside 320px in French and Spanish', async () => {
    for (const lang of ['fr', 'es']) {
      const holder = await fixture<HTMLElement>(
        `<div style="width: 320px" lang="${lang}"><knead-self-care-tips></knead-self-care-tips></div>`,
      );
      expect(overflows(await harness.tipsIn(holder)), lang).to.deep.equal([]);
    }
  });

  describe('in a single-page app', () => {
    it('moves between a French and a Spanish view and speaks each, with no error', async () => {
      const page = await fixture<HTMLElement>(
        '<div><section lang="fr"></section><section lang="es"></section></div>',
      );
      const [fr, es] = page.querySelectorAll('section');
      const el = document.createElement('knead-self-care-tips');
      el.setAttribute('tips', 'water');
      const problems = await problemsDuring(async () => {
        fr!.append(el);
        await settleAll(page);
        expect(harness.titles(el)).to.deep.equal([TIPS_FR.water.title]);
        for (let round = 0; round < 5; round++) {
          es!.append(el);
          fr!.append(el);
          es!.append(el);
        }
        await settleAll(page);
        expect(harness.titles(el)).to.deep.equal([TIPS_ES.water.title]);
      });
      expect(problems).to.deep.equal([]);
    });

    it('is removed and put back (its JSON child read once) and still shows the clinic’s tips', async () => {
      const page = await fixture<HTMLElement>('<div></div>');
      page.innerHTML = `<knead-self-care-tips>${jsonChild(['lifting'])}</knead-self-care-tips>`;
      const el = await harness.tipsIn(page);
      const problems = await problemsDuring(async () => {
        el.remove();
        el.querySelector('script')!.remove();
        page.append(el);
        el.tips = 'lifting';
        await settleAll(page);
      });
      expect(problems).to.deep.equal([]);
      expect(harness.titles(el)).to.have.length(1);
    });

    it('removed before it renders, it throws nothing and renders when put back', async () => {
      const page = await fixture<HTMLElement>('<div></div>');
      const problems = await problemsDuring(async () => {
        const el = document.createElement('knead-self-care-tips');
        page.append(el);
        el.remove();
        await settleAll(document.body);
        page.append(el);
        await settleAll(page);
        expect(harness.titles(el as harness.Tips)).to.have.length(8);
      });
      expect(problems).to.deep.equal([]);
    });
  });
});
