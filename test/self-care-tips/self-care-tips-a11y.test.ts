import { expect } from '@open-wc/testing';
import '../../src/clinic/define.js';
import '../../src/self-care-tips/define.js';
import * as harness from '../harness/self-care-tips.js';
import { luminance } from '../helpers/colour.js';
import { captureReports } from '../helpers/console.js';
import { WARM_BATH } from './tip-fixtures.js';
import { jsonChild, tipsPage } from './tips-page.js';

/** Every state the widget has, as a page writes it. */
const STATES: Record<string, string> = {
  'every built-in tip': '<knead-self-care-tips></knead-self-care-tips>',
  'tips picked': '<knead-self-care-tips tips="pain-relief water"></knead-self-care-tips>',
  'filtered by when': '<knead-self-care-tips when="after-exercise"></knead-self-care-tips>',
  'no tip for the moment':
    '<knead-self-care-tips tips="lifting" when="before-session"></knead-self-care-tips>',
  'no tip can be shown': '<knead-self-care-tips tips="nope"></knead-self-care-tips>',
  'unreadable JSON': `<knead-self-care-tips>${jsonChild('{')}</knead-self-care-tips>`,
  'a clinic’s own tips': `<knead-self-care-tips>${jsonChild(['water', WARM_BATH])}</knead-self-care-tips>`,
  'heading level 2': '<knead-self-care-tips heading-level="2"></knead-self-care-tips>',
};

/** Painted luminance of the panel and of a title (or the note shown instead). */
function colours(el: harness.Tips) {
  const text =
    harness.part(el, 'title') ?? harness.part(el, 'message') ?? harness.part(el, 'empty')!;
  return {
    background: luminance(getComputedStyle(harness.part(el, 'panel')!).backgroundColor),
    text: luminance(getComputedStyle(text).color),
  };
}

/** The state's markup with `lang` and `theme` on the element. */
const dressed = (markup: string, lang: string, theme: string) =>
  markup.replace('<knead-self-care-tips', `<knead-self-care-tips lang="${lang}" theme="${theme}"`);

describe('<knead-self-care-tips> accessibility', () => {
  for (const lang of ['en', 'fr', 'es'])
    for (const theme of ['light', 'dark'])
      it(`passes axe in every state, in ${lang}, ${theme}`, async function () {
        this.timeout(20000);
        for (const [state, markup] of Object.entries(STATES)) {
          let el!: harness.Tips;
          await captureReports(async () => {
            el = await tipsPage(dressed(markup, lang, theme));
          });
          // The state is the one named: a note or tips, in the language asked for.
          expect(el.shadowRoot!.children.length, state).to.be.greaterThan(0);
          expect(harness.part(el, 'panel')!.getAttribute('lang'), state).to.equal(lang);
          await expect(el, `${state} (${lang}, ${theme})`).to.be.accessible();
          const { background, text } = colours(el);
          if (theme === 'dark') expect(background, state).to.be.below(text);
          else expect(background, state).to.be.above(text);
        }
      });

  it('follows its clinic’s dark theme on a light page, on its own surface', async () => {
    const el = await tipsPage(
      '<knead-clinic theme="dark"><knead-self-care-tips></knead-self-care-tips></knead-clinic>',
    );
    const { background, text } = colours(el);
    expect(background).to.be.below(0.05);
    expect(text).to.be.above(0.5);
    await expect(el).to.be.accessible();
  });

  it('follows a dark page (color-scheme) and stays accessible', async () => {
    const el = await tipsPage(
      '<div style="color-scheme: dark; background: #111"><knead-self-care-tips></knead-self-care-tips></div>',
    );
    expect(colours(el).background).to.be.below(0.05);
    await expect(el).to.be.accessible();
  });

  it('gives every title a heading and every tip’s moments a named list, in French too', async () => {
    const el = await tipsPage(
      '<knead-self-care-tips lang="fr" heading-level="4"></knead-self-care-tips>',
    );
    const headings = el.shadowRoot!.querySelectorAll('[role="heading"][aria-level="4"]');
    expect(headings.length).to.equal(harness.shownTips(el).length);
    for (const list of harness.parts(el, 'moments'))
      expect(list.getAttribute('aria-label')).to.equal('Quand');
  });
});
