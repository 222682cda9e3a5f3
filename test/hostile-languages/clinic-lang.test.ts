import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { WIDGETS, pageLang, settleAll, ALL_WIDGETS, expectSpeaks } from './probes.js';

/**
 * A clinic's `lang`: on a wrapping clinic, on a `page` clinic serving widgets elsewhere,
 * nested clinics, and a clinic whose language changes while the page runs (README
 * "Languages": own lang, then the clinic's, then the nearest ancestor's, then <html>).
 */

const markup = (names = ALL_WIDGETS) => names.map((name) => WIDGETS[name].markup).join('');

describe("a clinic's lang", () => {
  let restore: () => void;
  before(async () => {
    // Both languages in: these tests are about which one, not its loading.
    const warm = await fixture(html`<div lang="fr"></div>`);
    warm.innerHTML = `<div lang="es">${markup()}</div>${markup()}`;
    await settleAll(document.body, 400);
    warm.remove();
  });
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => restore());

  it('changes while the page runs: es, fr, removed, de, back to es', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="fr-CA"></div>`);
    holder.innerHTML = `<knead-clinic lang="es" name="Harbour">${markup()}</knead-clinic>`;
    const clinic = holder.querySelector('knead-clinic')!;
    await settleAll();
    expectSpeaks(clinic, 'es');
    clinic.setAttribute('lang', 'fr');
    await settleAll();
    expectSpeaks(clinic, 'fr');
    clinic.removeAttribute('lang');
    holder.setAttribute('lang', 'es-MX');
    await settleAll();
    expectSpeaks(clinic, 'es');
    // A language the widgets lack: English, not the Spanish section around the clinic.
    clinic.setAttribute('lang', 'de-CH');
    await settleAll();
    expectSpeaks(clinic, 'en');
    clinic.removeAttribute('lang');
    await settleAll();
    expectSpeaks(clinic, 'es');
  });

  // A blank lang on an ancestor (here the clinic, lang="") stops the search, and the
  // widget takes <html lang>, past the Spanish section it is in: a decision (3be8c90,
  // languages.ts: HTML reads lang="" as "language unknown", and the region around it must
  // not name the emergency number). Reported at 816d10b as inconsistent with a blank lang
  // on the widget itself, which is passed over to the section; pinned here as decided.
  it('a clinic with lang="" inside a Spanish section of a French page: the page’s French', async () => {
    pageLang('fr');
    const holder = await fixture<HTMLElement>(html`<section lang="es"></section>`);
    holder.innerHTML = `<knead-clinic lang="">${markup()}</knead-clinic><div lang=" ">${markup(['card'])}</div>`;
    await settleAll();
    expectSpeaks(holder.querySelector('knead-clinic')!, 'fr');
    expectSpeaks(holder.querySelector('div')!, 'fr', ['card']);
  });

  it('a widget’s own lang beats its clinic’s, both ways', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<knead-clinic lang="fr">${markup()}</knead-clinic>`;
    for (const el of holder.querySelectorAll('knead-clinic > *')) el.setAttribute('lang', 'es');
    await settleAll();
    expectSpeaks(holder, 'es');
    holder.querySelector('knead-clinic')!.setAttribute('lang', 'en');
    await settleAll();
    expectSpeaks(holder, 'es');
  });

  it('a page clinic with lang serves widgets anywhere; its lang changes and it leaves', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<knead-clinic page lang="es" name="Harbour"></knead-clinic><main>${markup()}</main>`;
    const clinic = holder.querySelector('knead-clinic')!;
    const main = holder.querySelector('main')!;
    await settleAll();
    expectSpeaks(main, 'es');
    clinic.setAttribute('lang', 'fr');
    await settleAll();
    expectSpeaks(main, 'fr');
    clinic.remove();
    await settleAll();
    expectSpeaks(main, 'en');
    // Back, defined and all: it serves again, in its language.
    holder.prepend(clinic);
    await settleAll();
    expectSpeaks(main, 'fr');
  });

  it('a page clinic’s lang comes before a section’s, as README orders them', async () => {
    // Documented, if surprising: a page clinic lang="fr" turns a Spanish section's widgets
    // French (README "Languages": 2. its clinic's lang, a page clinic's too; 3. ancestors).
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<knead-clinic page lang="fr"></knead-clinic><section lang="es">${markup()}</section>`;
    await settleAll();
    expectSpeaks(holder.querySelector('section')!, 'fr');
  });

  it('nested clinics: the inner one’s lang, else the outer one as an ancestor', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<knead-clinic lang="fr"><knead-clinic name="Inner">${markup()}</knead-clinic></knead-clinic>`;
    const inner = holder.querySelector('knead-clinic knead-clinic')!;
    await settleAll();
    expectSpeaks(inner, 'fr');
    inner.setAttribute('lang', 'es');
    await settleAll();
    expectSpeaks(inner, 'es');
  });

  it("a clinic inside an app's shadow root, the app's section in another language", async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<section lang="es"><knead-clinic lang="fr">${markup()}</knead-clinic></section>`;
    const clinic = root.querySelector('knead-clinic')!;
    await settleAll(root);
    await settleAll();
    expectSpeaks(clinic, 'fr');
    clinic.removeAttribute('lang');
    await settleAll(root);
    await settleAll();
    expectSpeaks(clinic, 'es');
  });
});
