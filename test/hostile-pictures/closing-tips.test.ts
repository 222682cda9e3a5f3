import { expect } from '@open-wc/testing';
import type { KneadSelfCareTips } from '../../src/self-care-tips/self-care-tips.js';
import { part, type Timer } from '../harness/exercise-timer.js';
import { captureReports } from '../helpers/console.js';
import { fake } from '../exercise-timer/timer-element.js';
import { clearPage, makeTimer, problemsDuring } from './support.js';

/**
 * `closing-tips` attacked: empty, spaces, unknown moments, `none` in odd spellings, HTML
 * and very long values, changed while the closing screen shows. Never a throw; at most one
 * console message per problem, of a bounded length; `none` (any case, any spaces) hides.
 */

/** A timer with `closing-tips` set to `value`, run to its end; its tips element if any. */
async function endWith(value: string) {
  let el!: Timer;
  let tips: KneadSelfCareTips | null = null;
  const reports = await captureReports(async () => {
    el = makeTimer(fake, { 'closing-tips': value });
    await el.updateComplete;
    el.start();
    for (let i = 0; i < 6; i++) el.skip();
    await el.updateComplete;
    tips = part(el, 'done')!.querySelector('knead-self-care-tips');
    if (tips) {
      await customElements.whenDefined('knead-self-care-tips');
      await tips.updateComplete;
    }
  });
  return { el, tips: tips as KneadSelfCareTips | null, ...reports };
}

const messages = (reports: { errors: string[]; warnings: string[] }) => [
  ...reports.errors,
  ...reports.warnings,
];

describe('hostile closing tips: the closing-tips attribute', () => {
  afterEach(clearPage);

  for (const value of ['none', 'NONE', '  None\n', '\tnone ']) {
    it(`“${JSON.stringify(value)}” hides the tips, quietly`, async () => {
      const ended = await endWith(value);
      expect(ended.el.status).to.equal('done');
      expect(ended.tips).to.equal(null);
      expect(messages(ended)).to.deep.equal([]);
    });
  }

  for (const value of ['', '   ', '\n\t']) {
    it(`${JSON.stringify(value)} throws nothing and logs nothing`, async () => {
      const problems = await problemsDuring(async () => {
        const ended = await endWith(value);
        expect(ended.el.status).to.equal('done');
        expect(messages(ended)).to.deep.equal([]);
      });
      expect(problems).to.deep.equal([]);
    });
  }

  const HOSTILE: [string, string][] = [
    ['an unknown moment', 'tomorrow'],
    ['a known and an unknown moment', 'after-exercise tomorrow'],
    ['HTML', '<img src=x onerror="window.__pwned=1">'],
    ['100,000 characters', 'a'.repeat(100_000)],
    ['5,000 unknown words', Array.from({ length: 5000 }, (_, n) => `moment-${n}`).join(' ')],
  ];

  for (const [what, value] of HOSTILE) {
    it(`${what}: never throws, one bounded message at most, still a closing screen`, async () => {
      const problems = await problemsDuring(async () => {
        const ended = await endWith(value);
        expect(ended.el.status).to.equal('done');
        expect(messages(ended).length, messages(ended).join('\n').slice(0, 300)).to.be.at.most(1);
        for (const message of messages(ended)) expect(message.length).to.be.below(2000);
        expect(ended.el.shadowRoot!.textContent).to.not.include('<img');
        if (ended.tips) await expect(ended.el).to.be.accessible();
      });
      expect(problems).to.deep.equal([]);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('changed on the closing screen (to other moments, then none, then back): follows, throws nothing', async () => {
    const ended = await endWith('after-exercise');
    const { el } = ended;
    const titlesNow = async () => {
      await el.updateComplete;
      const tips = part(el, 'done')!.querySelector<KneadSelfCareTips>('knead-self-care-tips');
      if (!tips) return [];
      await tips.updateComplete;
      return tips.items.map((tip) => tip.id);
    };
    expect(await titlesNow()).to.deep.equal(['water', 'gentle-exercise']);
    el.setAttribute('closing-tips', 'flare-up');
    expect(await titlesNow()).to.deep.equal(['lifting', 'pain-relief']);
    el.setAttribute('closing-tips', 'none');
    expect(await titlesNow()).to.deep.equal([]);
    el.setAttribute('closing-tips', 'after-exercise');
    expect(await titlesNow()).to.deep.equal(['water', 'gentle-exercise']);
  });

  // Found by this pass: with the attribute removed (a framework setting it to null or
  // undefined), or the property given a non-string, the closing screen called `when.trim()`
  // on it and threw. closing-tips.ts reads it as text now (none given: after-exercise).
  it('the attribute removed, or the property set to null or a list, on the closing screen: no throw', async () => {
    const { el } = await endWith('after-exercise');
    const problems = await problemsDuring(async () => {
      el.removeAttribute('closing-tips');
      await el.updateComplete;
      (el as unknown as { closingTips: unknown }).closingTips = ['flare-up'];
      await el.updateComplete;
      (el as unknown as { closingTips: unknown }).closingTips = undefined;
      await el.updateComplete;
    });
    expect(problems).to.deep.equal([]);
    expect(part(el, 'done')).to.not.equal(null);
  });

  // Found by this pass: an unknown moment in closing-tips was reported by the closing
  // screen's <knead-self-care-tips> as its own `when="tomorrow"`, an element and attribute
  // the page never wrote. The timer checks closing-tips itself now (closing-tips.ts).
  it('an unknown moment, finished twice: one message, naming closing-tips', async () => {
    const { el, warnings } = await endWith('tomorrow');
    const again = await captureReports(async () => {
      el.restart();
      for (let i = 0; i < 6; i++) el.skip();
      await el.updateComplete;
      await part(el, 'done')!.querySelector<KneadSelfCareTips>('knead-self-care-tips')
        ?.updateComplete;
    });
    expect([...warnings, ...again.warnings]).to.have.length(1);
    expect(warnings[0]).to.include('closing-tips');
  });
});
