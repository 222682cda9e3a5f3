import { expect, fixture, html } from '@open-wc/testing';
import type { KneadSelfCareTips } from '../../src/self-care-tips/self-care-tips.js';
import { part, pressButton, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { backBasics, fake, skipAhead, timerWith } from './timer-element.js';

/** Runs a timer to its end, as a visitor skipping through every exercise. */
async function finish(el: Timer) {
  await pressButton(el, 'Start');
  await skipAhead(el, 6);
  expect(el.status).to.equal('done');
}

/** The tips on the closing screen, once loaded: the moments asked for and the titles shown. */
async function closingTips(el: Timer) {
  const tips = part(el, 'done')?.querySelector<KneadSelfCareTips>('knead-self-care-tips');
  if (!tips) return undefined;
  await customElements.whenDefined('knead-self-care-tips');
  await tips.updateComplete;
  return {
    when: tips.getAttribute('when'),
    level: tips.getAttribute('heading-level'),
    titles: tips.items.map((tip) => tip.title),
  };
}

describe('<knead-exercise-timer> closing screen tips', () => {
  it('shows the after-exercise tips under the closing message', async () => {
    const el = await backBasics();
    expect(el.shadowRoot!.querySelector('knead-self-care-tips'), 'not before the end').to.equal(
      null,
    );
    await finish(el);
    expect(timerScreen(el).done).to.include('All done. Well done!');
    expect(await closingTips(el)).to.deep.equal({
      when: 'after-exercise',
      level: '3',
      titles: ['Drink some water', 'Keep moving gently'],
    });
    await expect(el).to.be.accessible();
  });

  it('closing-tips names other moments, or none', async () => {
    const { el } = await timerWith({ 'closing-tips': 'flare-up' });
    await finish(el);
    expect((await closingTips(el))!.titles).to.deep.equal([
      'Go easy on lifting in a flare-up',
      'Pain relief: follow the pack',
    ]);
    const { el: none } = await timerWith({ 'closing-tips': 'none' });
    await finish(none);
    expect(await closingTips(none)).to.equal(undefined);
  });

  it('speaks the timer’s language', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="es"><knead-exercise-timer .adapters=${fake}></knead-exercise-timer></div>`,
    );
    const el = page.querySelector<Timer>('knead-exercise-timer')!;
    await el.updateComplete;
    await pressButton(el, 'Empezar');
    for (let i = 0; i < 6; i++) await pressButton(el, 'Saltar');
    const shown = await closingTips(el);
    expect(shown!.titles).to.have.length(2);
    expect(shown!.titles).to.not.include('Drink some water');
  });
});
