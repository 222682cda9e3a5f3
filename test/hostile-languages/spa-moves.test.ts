import { expect } from '@open-wc/testing';
import '../../src/define.js';
import {
  WIDGETS,
  mount,
  pageLang,
  problemsDuring,
  settleAll,
  spokenOn,
  unmountAll,
  ALL_WIDGETS,
  expectSpeaks,
} from './probes.js';

/**
 * A single-page app at work: it mounts widgets, moves them between its French and Spanish
 * views and into its own components' shadow roots, and removes them, all in one task, over
 * and over. Both languages are loaded first: these tests are about moves, not loading
 * (switch-race.test.ts has the moves that meet a chunk still on its way).
 */

const widgetsIn = (root: ParentNode) =>
  ALL_WIDGETS.map((name) => ({ name, el: root.querySelector(WIDGETS[name].tag)! }));

/** An app component with a shadow root holding `<section lang>`. */
class HostileAppView extends HTMLElement {
  readonly section: HTMLElement;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<header lang="en">App</header><section></section>';
    this.section = root.querySelector('section')!;
  }
}
customElements.define('hostile-app-view', HostileAppView);

describe('a single-page app moving widgets', () => {
  let restore: () => void;
  before(async () => {
    mount('fr', ...ALL_WIDGETS);
    mount('es', ...ALL_WIDGETS);
    await settleAll(document.body, 400);
    unmountAll();
  });
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => {
    unmountAll();
    restore();
  });

  it('mounts, moves and removes in one task, twenty times: each ends in its view’s language', async function () {
    // Twenty rounds of six widgets: seconds on a busy shared machine, not a hang.
    this.timeout(20_000);
    const french = mount('fr');
    const spanish = mount('es-MX');
    const problems = await problemsDuring(async () => {
      for (let round = 0; round < 20; round++) {
        // One task: mount in French, move to Spanish, remove, mount again in French, move.
        const fresh = mount(null, ...ALL_WIDGETS);
        for (const { el } of widgetsIn(fresh)) french.append(el);
        for (const { el } of widgetsIn(french)) spanish.append(el);
        for (const { el } of widgetsIn(spanish)) el.remove();
        fresh.remove();
        const last = mount(null, ...ALL_WIDGETS);
        for (const { el } of widgetsIn(last)) (round % 2 ? spanish : french).append(el);
        last.remove();
        await settleAll(document.body, 20);
        const view = round % 2 ? spanish : french;
        expectSpeaks(view, round % 2 ? 'es' : 'fr', ALL_WIDGETS, round % 2 ? 'es-MX' : 'fr');
        for (const { el } of widgetsIn(view)) el.remove();
      }
    });
    expect(problems).to.deep.equal([]);
  });

  it('moves to and fro in one task, ending where it started: its language is that view’s', async () => {
    const french = mount('fr-CA', ...ALL_WIDGETS);
    const spanish = mount('es');
    await settleAll();
    for (let round = 0; round < 10; round++) {
      for (const { el } of widgetsIn(french)) spanish.append(el);
      for (const { el } of widgetsIn(spanish)) french.append(el);
      await settleAll(document.body, 10);
      expectSpeaks(french, 'fr', ALL_WIDGETS, 'fr-CA');
    }
    // And left in Spanish at last.
    for (const { el } of widgetsIn(french)) spanish.append(el);
    await settleAll();
    expectSpeaks(spanish, 'es');
  });

  it("moved into an app's shadow root, it speaks that section's language and follows it", async () => {
    const page = mount('fr', ...ALL_WIDGETS);
    await settleAll();
    const app = document.createElement('hostile-app-view') as HostileAppView;
    app.section.setAttribute('lang', 'es');
    page.append(app);
    for (const { el } of widgetsIn(page)) app.section.append(el);
    await settleAll();
    expectSpeaks(app.section, 'es');

    app.section.setAttribute('lang', 'fr-BE');
    await settleAll();
    expectSpeaks(app.section, 'fr', ALL_WIDGETS, 'fr-BE');

    app.section.removeAttribute('lang');
    app.setAttribute('lang', 'es-419');
    await settleAll();
    expectSpeaks(app.section, 'es', ALL_WIDGETS, 'es-419');

    // Back out into the document: the app's languages no longer count.
    for (const { el } of widgetsIn(app.section)) page.append(el);
    app.setAttribute('lang', 'fr');
    await settleAll();
    expectSpeaks(page, 'fr');
  });

  it('a removed widget stops following the page, and is current again once put back', async () => {
    const page = mount('fr', ...ALL_WIDGETS);
    await settleAll();
    const widgets = widgetsIn(page);
    for (const { el } of widgets) el.remove();
    page.setAttribute('lang', 'es');
    document.documentElement.setAttribute('lang', 'es');
    await settleAll();
    for (const { name, el } of widgets) {
      expect(spokenOn(el, name), `${name}, off the page`).to.equal('fr');
      expect(el.shadowRoot!.firstElementChild?.getAttribute('lang')).to.equal('fr');
    }
    for (const { el } of widgets) page.append(el);
    await settleAll();
    expectSpeaks(page, 'es');
  });

  it('the same widget in two app shadow roots of different languages, in turn', async () => {
    const page = mount(null, 'check');
    const check = page.querySelector(WIDGETS.check.tag)!;
    const a = document.createElement('hostile-app-view') as HostileAppView;
    const b = document.createElement('hostile-app-view') as HostileAppView;
    a.section.setAttribute('lang', 'fr');
    b.section.setAttribute('lang', 'es');
    page.append(a, b);
    for (let round = 0; round < 6; round++) {
      (round % 2 ? b : a).section.append(check);
      await settleAll();
      expect(spokenOn(check, 'check'), `round ${round}`).to.equal(round % 2 ? 'es' : 'fr');
      // The section it left changing its lang does not reach it any more.
      (round % 2 ? a : b).section.setAttribute('lang', 'en');
      await settleAll();
      expect(spokenOn(check, 'check'), `round ${round}, after the other changed`).to.equal(
        round % 2 ? 'es' : 'fr',
      );
      (round % 2 ? a : b).section.setAttribute('lang', round % 2 ? 'fr' : 'es');
    }
  });
});
