import { expect } from '@open-wc/testing';
import '../../src/define.js';
import {
  WIDGETS,
  languageChunkFetches,
  marks,
  mount,
  nextFrame,
  pageLang,
  problemsDuring,
  settleAll,
  unmountAll,
  wait,
  type WidgetName,
  expectSpeaks,
} from './probes.js';

/**
 * Languages switched while their chunks are still on the way: an app's language menu
 * clicked twice, a translation tool rewriting `<html lang>` twice, a widget moved to
 * another section before its first language came. Each page (test file) starts with no
 * chunk loaded, so the first tests meet chunks still loading; the widgets used by the
 * skipped tests are kept apart, so each still meets its chunks unloaded once fixed.
 */

const FOUR: WidgetName[] = ['booking', 'card', 'check', 'timer'];

describe('language switched while its chunk loads', () => {
  let restore: () => void;
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => {
    unmountAll();
    restore();
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): a widget whose language changes again while it waits for the first language's
  // chunk renders the second language without ever loading it: English, marked with the
  // second language, for good. LanguageController.ready() (src/shared/language-controller.ts)
  // picks and loads one language; the later pick in hostUpdate() takes the new language,
  // whose chunk nothing loads, and the recheck's requestUpdate is swallowed by the pending
  // update. Expected: Spanish once the Spanish chunk comes.
  it('an app switches fr then es a task later: the button ends in Spanish', async () => {
    const holder = mount('en', 'booking');
    await settleAll();
    holder.setAttribute('lang', 'fr');
    await wait(); // the observer reports; the French chunk is on its way
    holder.setAttribute('lang', 'es');
    await settleAll(document.body, 400);
    expectSpeaks(holder, 'es', ['booking']);
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): same cause, through <html lang>, as a browser translation tool rewrites it (or a
  // language menu clicked twice within a frame or two). Actual: the card shows English
  // under lang="es" marks and never changes until the page reloads.
  it('<html lang> goes fr, then es a frame later: the card ends in Spanish', async () => {
    const holder = mount(null, 'card');
    await settleAll();
    document.documentElement.setAttribute('lang', 'fr');
    await nextFrame();
    document.documentElement.setAttribute('lang', 'es');
    await settleAll(document.body, 400);
    expectSpeaks(holder, 'es', ['card']);
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): same cause, through a move. A single-page app renders the list in its French
  // view, then moves it into the Spanish view a task later: hostConnected() does not
  // recheck a widget that has not rendered yet, and the French update then renders in
  // Spanish with no Spanish chunk. Actual: English (marked es) on the Spanish view.
  // (The symptom check gets away with it: a later update of its own loads Spanish.)
  it('a list moved from a French section to a Spanish one before French came: Spanish', async () => {
    const french = mount('fr', 'list');
    const spanish = mount('es');
    await wait();
    spanish.append(french.querySelector('knead-technique-list')!);
    await settleAll(document.body, 400);
    expectSpeaks(spanish, 'es', ['list']);
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): same cause, through a clinic: its lang goes fr then es (a clinic's language
  // switch), before the timer's French chunk came. Actual: the timer in English.
  it("a clinic's lang goes fr then es before French came: the timer in Spanish", async () => {
    const holder = mount(null);
    holder.innerHTML = `<knead-clinic lang="en">${WIDGETS.timer.markup}</knead-clinic>`;
    await settleAll();
    const clinic = holder.querySelector('knead-clinic')!;
    clinic.setAttribute('lang', 'fr');
    await wait();
    clinic.setAttribute('lang', 'es');
    await settleAll(document.body, 400);
    expectSpeaks(holder, 'es', ['timer']);
  });

  // From here on, chunks load as the tests go (the widgets above are not used first).

  it('many switches in one task: only the last counts, and nothing English is left', async () => {
    const holder = mount('en', ...FOUR);
    await settleAll();
    const problems = await problemsDuring(async () => {
      for (let i = 0; i < 25; i++) holder.setAttribute('lang', ['fr', 'es', 'en', 'fr-CA'][i % 4]!);
      holder.setAttribute('lang', 'fr');
      await settleAll(document.body, 400);
    });
    expect(problems).to.deep.equal([]);
    expectSpeaks(holder, 'fr', FOUR);
  });

  it('a switch every frame, 30 times, with both chunks loaded: the last language wins', async () => {
    // Both chunks are in: this is the switching, not the race above.
    const warm = mount('es', ...FOUR);
    await settleAll(document.body, 400);
    warm.remove();
    const holder = mount(null, ...FOUR);
    await settleAll();
    const problems = await problemsDuring(async () => {
      for (let i = 0; i < 30; i++) {
        document.documentElement.setAttribute('lang', ['fr', 'es', 'en'][i % 3]!);
        await nextFrame();
      }
      document.documentElement.setAttribute('lang', 'es-MX');
      await settleAll(document.body, 200);
    });
    expect(problems).to.deep.equal([]);
    expectSpeaks(holder, 'es', FOUR);
    for (const name of FOUR)
      expect(marks(holder.querySelector(WIDGETS[name].tag)!)[0]).to.equal('es-MX');
  });

  it('switching back and forth fetches each language chunk once', async () => {
    const holder = mount('en', ...FOUR);
    await settleAll();
    for (let i = 0; i < 12; i++) {
      holder.setAttribute('lang', i % 2 ? 'fr' : 'es');
      await settleAll(document.body, 40);
    }
    const fetched = languageChunkFetches();
    const twice = [...fetched].filter(([, count]) => count > 1);
    expect(twice, 'chunks fetched more than once').to.deep.equal([]);
    const paths = [...fetched.keys()];
    for (const widget of ['booking-button', 'technique-card', 'symptom-check', 'exercise-timer'])
      for (const language of ['fr', 'es'])
        expect(paths, `${widget}'s ${language} chunk`).to.include(
          `/src/${widget}/languages/${language}.ts`,
        );
  });
});
