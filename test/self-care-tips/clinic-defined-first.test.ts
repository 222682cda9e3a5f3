import { expect, fixture } from '@open-wc/testing';
// The clinic only, at first: the tips are defined later, as the CDN loader does near the viewport.
import '../../src/clinic/define.js';
import * as harness from '../harness/self-care-tips.js';
import { TIPS_FR } from '../../src/self-care-tips/languages/tips.fr.js';
import { problemsDuring, settleAll } from '../hostile-languages/probes.js';

describe('<knead-self-care-tips> defined after its clinic', () => {
  it('upgrades in its page clinic’s locale', async () => {
    const page = await fixture<HTMLElement>(
      '<div><knead-clinic page lang="fr"></knead-clinic><main><knead-self-care-tips when="flare-up"></knead-self-care-tips></main></div>',
    );
    const problems = await problemsDuring(async () => {
      await settleAll(page);
      await import('../../src/self-care-tips/define.js');
      await settleAll(page, 200);
    });
    expect(problems).to.deep.equal([]);
    const el = await harness.tipsIn(page);
    // As read aloud: the narrow no-break space before the colon reads as a space.
    const read = (text: string) => text.replace(/\s+/g, ' ');
    expect(harness.titles(el)).to.deep.equal([
      read(TIPS_FR.lifting.title),
      read(TIPS_FR['pain-relief'].title),
    ]);
    await expect(el).to.be.accessible();
  });
});
