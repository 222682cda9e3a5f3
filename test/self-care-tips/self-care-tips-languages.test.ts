import { expect } from '@open-wc/testing';
import '../../src/clinic/define.js';
import '../../src/self-care-tips/define.js';
import * as harness from '../harness/self-care-tips.js';
import { findTip } from '../../src/self-care-tips/built-in-tips.js';
import { TIPS_FR } from '../../src/self-care-tips/languages/tips.fr.js';
import { TIPS_ES } from '../../src/self-care-tips/languages/tips.es.js';
import { TIPS_MESSAGES_FR } from '../../src/self-care-tips/languages/fr.js';
import { TIPS_MESSAGES_ES } from '../../src/self-care-tips/languages/es.js';
import { TIPS_MESSAGES } from '../../src/self-care-tips/tips-messages.js';
import { captureReports } from '../helpers/console.js';
import { CLINIC_WATER } from './tip-fixtures.js';
import { jsonChild, tipsPage } from './tips-page.js';

describe('<knead-self-care-tips> languages', () => {
  it('speaks French in a French section: the tips, their moments, the label and the general line', async () => {
    const el = await tipsPage(
      '<section lang="fr-CA"><knead-self-care-tips tips="heat-cold"></knead-self-care-tips></section>',
    );
    expect(harness.shownTips(el)).to.deep.equal([
      {
        title: TIPS_FR['heat-cold'].title,
        level: '3',
        text: TIPS_FR['heat-cold'].text,
        moments: ['Avant une séance', 'Après une séance'],
      },
    ]);
    expect(harness.listLabel(el)).to.equal(TIPS_MESSAGES_FR.label);
    expect(harness.generalLine(el)).to.equal(TIPS_MESSAGES_FR.general);
    expect(harness.part(el, 'panel')!.getAttribute('lang')).to.equal('fr-CA');
  });

  it('speaks Spanish by its own lang, its notes too', async () => {
    const el = await tipsPage(
      '<knead-self-care-tips lang="es" when="flare-up"></knead-self-care-tips>',
    );
    expect(harness.titles(el)).to.deep.equal([TIPS_ES.lifting.title, TIPS_ES['pain-relief'].title]);
    expect(harness.shownTips(el)[0]!.moments).to.deep.equal(['Durante una crisis de dolor']);
    let refused!: harness.Tips;
    await captureReports(async () => {
      refused = await tipsPage(
        '<knead-self-care-tips lang="es" tips="nope"></knead-self-care-tips>',
      );
    });
    expect(harness.errorNote(refused)).to.equal(TIPS_MESSAGES_ES.notShown);
  });

  it('speaks its clinic’s locale', async () => {
    const el = await tipsPage(
      '<knead-clinic lang="es-MX"><knead-self-care-tips tips="water"></knead-self-care-tips></knead-clinic>',
    );
    expect(harness.titles(el)).to.deep.equal([TIPS_ES.water.title]);
  });

  it('shows a clinic’s own tip as written, whatever the language', async () => {
    const el = await tipsPage(
      `<knead-self-care-tips lang="fr">${jsonChild(['posture', CLINIC_WATER])}</knead-self-care-tips>`,
    );
    expect(harness.titles(el)).to.deep.equal([TIPS_FR.posture.title, CLINIC_WATER.title]);
  });

  it('speaks English for a language it does not have', async () => {
    const el = await tipsPage(
      '<knead-self-care-tips lang="de" tips="water"></knead-self-care-tips>',
    );
    expect(harness.titles(el)).to.deep.equal([findTip('water')!.title]);
    expect(harness.generalLine(el)).to.equal(TIPS_MESSAGES.general);
    expect(harness.part(el, 'panel')!.getAttribute('lang')).to.equal('en');
  });

  it('switches language when the lang around it changes', async () => {
    const el = await tipsPage(
      '<div lang="en"><knead-self-care-tips tips="water"></knead-self-care-tips></div>',
    );
    el.parentElement!.setAttribute('lang', 'fr');
    await harness.settle(el);
    await harness.settle(el);
    expect(harness.titles(el)).to.deep.equal([TIPS_FR.water.title]);
    el.parentElement!.setAttribute('lang', 'es');
    await harness.settle(el);
    await harness.settle(el);
    expect(harness.titles(el)).to.deep.equal([TIPS_ES.water.title]);
  });
});
