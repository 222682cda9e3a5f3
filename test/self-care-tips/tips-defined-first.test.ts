import { expect, fixture } from '@open-wc/testing';
// The tips only, at first: the clinic is defined later, as a tag manager might load it.
import '../../src/self-care-tips/define.js';
import * as harness from '../harness/self-care-tips.js';
import { TIPS_ES } from '../../src/self-care-tips/languages/tips.es.js';
import { problemsDuring, settleAll } from '../hostile-languages/probes.js';
import { luminance } from '../helpers/colour.js';

describe('<knead-self-care-tips> defined before its clinic', () => {
  it('waits calmly, then follows the clinic’s locale and theme once it is defined', async () => {
    const page = await fixture<HTMLElement>(
      '<div><knead-clinic lang="es" theme="dark"><knead-self-care-tips tips="water"></knead-self-care-tips></knead-clinic></div>',
    );
    const el = page.querySelector<harness.Tips>('knead-self-care-tips')!;
    const problems = await problemsDuring(async () => {
      await settleAll(page);
      // The undefined clinic's lang already counts as an ancestor's.
      expect(harness.titles(el)).to.deep.equal([TIPS_ES.water.title]);
      await import('../../src/clinic/define.js');
      await settleAll(page, 200);
    });
    expect(problems).to.deep.equal([]);
    expect(harness.titles(el)).to.deep.equal([TIPS_ES.water.title]);
    const panel = getComputedStyle(harness.part(el, 'panel')!).backgroundColor;
    expect(luminance(panel), 'the clinic’s dark theme').to.be.below(0.05);
    await expect(el).to.be.accessible();
  });
});
