import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import {
  LANGUAGE_WAIT_MS,
  LanguageController,
  type LanguageLoaders,
} from '../../src/shared/language-controller.js';
import { KneadElement } from '../../src/shared/knead-element.js';
import { captureConsole } from '../helpers/console.js';
import { registerLanguage } from '../../src/shared/messages.js';

let clinicLocale: string | undefined;

const tables = (hello: string) => ({ default: { probe: { hello } } });
/** Loads started, by language; and a language whose chunk arrives only when told to. */
const started: string[] = [];
let arriveSlowly: () => void = () => {};
let arriveLate: () => void = () => {};
let arriveU: () => void = () => {};
const LOADERS: LanguageLoaders = {
  fr: () => (started.push('fr'), Promise.resolve(tables('Bonjour'))),
  es: () => Promise.resolve(tables('Hola')),
  xe: () => (started.push('xe'), Promise.resolve(tables('Hola'))),
  xs: () => new Promise((resolve) => (arriveSlowly = () => resolve(tables('Slow hello')))),
  xt: () => new Promise((resolve) => (arriveLate = () => resolve(tables('Late hello')))),
  xf: () => Promise.reject(new Error('offline')),
  xu: () => new Promise((resolve) => (arriveU = () => resolve(tables('Hello U')))),
  xv: () => Promise.resolve(tables('Hello V')),
};

/** A widget that shows the language it speaks and its one message, and counts its updates. */
class LanguageProbe extends KneadElement {
  protected override readonly words = new LanguageController(this, () => clinicLocale, LOADERS);
  updates = 0;
  get language() {
    return this.words.language;
  }
  get locale() {
    return this.words.locale;
  }
  /** Renders two elements instead of bare text, for the lang marks. */
  renderContent = false;
  override render() {
    this.updates++;
    return this.renderContent
      ? html`<p>${this.hello}</p>
          <p>${this.words.locale}</p>`
      : this.words.language;
  }
  get hello() {
    return this.words.messages('probe', { hello: 'Hello' }).hello;
  }
}
customElements.define('language-probe', LanguageProbe);

const shown = (probe: LanguageProbe) => probe.shadowRoot!.textContent!.trim();
/** Lets the observers report and the widgets update. */
const settle = async () => {
  await nextFrame();
  await nextFrame();
};

describe('LanguageController', () => {
  const html0 = document.documentElement.getAttribute('lang');
  afterEach(() => {
    clinicLocale = undefined;
    if (html0 === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', html0);
  });

  it('takes its own lang, then the clinic, then the nearest ancestor, then the document', async () => {
    document.documentElement.setAttribute('lang', 'es-MX');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr-CA"><language-probe lang="en-GB"></language-probe></div>`,
    );
    const probe = wrapper.querySelector<LanguageProbe>('language-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('en');

    clinicLocale = 'es';
    probe.removeAttribute('lang');
    await settle();
    expect(shown(probe), 'the clinic before the ancestor').to.equal('es');

    clinicLocale = undefined;
    probe.requestUpdate();
    await settle();
    expect(shown(probe), 'the ancestor before the document').to.equal('fr');

    wrapper.removeAttribute('lang');
    await settle();
    expect(shown(probe), 'the document').to.equal('es');
  });

  it('follows the document when a translation tool rewrites <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const probe = await fixture<LanguageProbe>(html`<language-probe></language-probe>`);
    expect(shown(probe)).to.equal('en');
    document.documentElement.setAttribute('lang', 'fr');
    await settle();
    expect(shown(probe)).to.equal('fr');
    document.documentElement.setAttribute('lang', 'de');
    await settle();
    expect(shown(probe), 'a language it does not know').to.equal('en');
  });

  it('sees a lang change inside an app’s shadow roots, two levels deep', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const app = await fixture<HTMLElement>(html`<div></div>`);
    const outer = app.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section lang="es"><div></div></section>';
    const inner = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p><language-probe></language-probe></p>';
    const probe = inner.querySelector<LanguageProbe>('language-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('es');

    outer.querySelector('section')!.setAttribute('lang', 'fr-FR');
    await settle();
    expect(shown(probe)).to.equal('fr');
    inner.querySelector('p')!.setAttribute('lang', 'es-419');
    await settle();
    expect(shown(probe), 'the nearest, in the inner root').to.equal('es');
  });

  it('updates only for a change of its language, and stops listening once removed', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const probe = await fixture<LanguageProbe>(html`<language-probe></language-probe>`);
    const before = probe.updates;
    const aside = document.createElement('aside');
    document.body.append(aside);
    aside.setAttribute('lang', 'es');
    await settle();
    expect(probe.updates, 'a lang on an element that is not its ancestor').to.equal(before);
    aside.remove();
    document.documentElement.setAttribute('lang', 'fr-CA');
    await settle();
    expect(probe.updates, 'fr to fr-CA: same words, new locale for formats').to.equal(before + 1);
    expect(probe.locale).to.equal('fr-CA');
    const settled = probe.updates;

    probe.remove();
    document.documentElement.setAttribute('lang', 'es');
    await settle();
    expect(probe.updates, 'removed: no update').to.equal(settled);

    document.body.append(probe);
    await settle();
    expect(shown(probe), 'back on the page, current again').to.equal('es');
    probe.remove();
  });

  it('marks what it renders with the language it speaks, for screen readers', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="de"><language-probe></language-probe></div>`,
    );
    const probe = page.querySelector<LanguageProbe>('language-probe')!;
    probe.renderContent = true;
    probe.requestUpdate();
    await probe.updateComplete;
    const marked = () => [...probe.shadowRoot!.children].map((child) => child.getAttribute('lang'));
    expect(marked(), 'English, not the German around it').to.deep.equal(['en', 'en']);
    page.setAttribute('lang', 'es-MX');
    await settle();
    await probe.updateComplete;
    expect(marked()).to.deep.equal(['es-MX', 'es-MX']);
    // Portuguese known (registered for another widget), but no words of this one: English.
    registerLanguage('pt', { other: { hello: 'Olá' } });
    page.setAttribute('lang', 'pt-BR');
    await settle();
    await probe.updateComplete;
    expect(probe.language).to.equal('pt');
    expect(probe.hello).to.equal('Hello');
    expect(marked(), 'its words are English').to.deep.equal(['en', 'en']);
  });

  it('renders first in its language, its chunk loaded once for every widget', async () => {
    started.length = 0;
    const page = await fixture<HTMLElement>(
      html`<div lang="xe-MX">
        <language-probe></language-probe><language-probe></language-probe>
      </div>`,
    );
    const probes = [...page.querySelectorAll<LanguageProbe>('language-probe')];
    for (const probe of probes) {
      await probe.updateComplete;
      expect(probe.updates, 'no English render first').to.equal(1);
      expect(shown(probe)).to.equal('xe');
      expect(probe.locale).to.equal('xe-MX');
      expect(probe.hello).to.equal('Hola');
    }
    expect(started).to.deep.equal(['xe']);
  });

  it('loads a language when the page switches to it, and stays on the old until then', async () => {
    const probe = await fixture<LanguageProbe>(html`<language-probe lang="en"></language-probe>`);
    probe.setAttribute('lang', 'xs');
    await settle();
    expect(shown(probe), 'waiting for the chunk').to.equal('en');
    arriveSlowly();
    await settle();
    await probe.updateComplete;
    expect(shown(probe)).to.equal('xs');
    expect(probe.hello).to.equal('Slow hello');
  });

  it(`shows English after ${LANGUAGE_WAIT_MS} ms without its chunk, and its language once it comes`, async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const probe = document.createElement('language-probe') as LanguageProbe;
    probe.setAttribute('lang', 'xt');
    let rendered = false;
    page.append(probe);
    void probe.updateComplete.then(() => (rendered = true));
    await new Promise((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS / 2));
    expect(rendered, 'still waiting').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS / 2 + 200));
    expect(rendered, 'gave up waiting').to.equal(true);
    expect(probe.hello).to.equal('Hello');
    const updates = probe.updates;
    arriveLate();
    await settle();
    await probe.updateComplete;
    expect(probe.updates, 'rendered again').to.equal(updates + 1);
    expect(probe.hello).to.equal('Late hello');
  });

  it('shows English, with one warning, when its language cannot load', async () => {
    const warnings = await captureConsole('warn', async () => {
      const probe = await fixture<LanguageProbe>(html`<language-probe lang="xf"></language-probe>`);
      expect(probe.hello).to.equal('Hello');
      const again = await fixture<LanguageProbe>(html`<language-probe lang="xf"></language-probe>`);
      expect(again.hello).to.equal('Hello');
    });
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0])).to.contain('"xf"');
  });

  it('ends in the language it was switched to while the first one loaded', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="xu"></div>`);
    const probe = document.createElement('language-probe') as LanguageProbe;
    page.append(probe);
    await nextFrame();
    page.setAttribute('lang', 'xv');
    await settle();
    arriveU();
    await probe.updateComplete;
    await settle();
    expect(shown(probe)).to.equal('xv');
    expect(probe.hello).to.equal('Hello V');
  });

  it('shows words a developer registers after it rendered', async () => {
    const probe = await fixture<LanguageProbe>(html`<language-probe lang="xw"></language-probe>`);
    expect(shown(probe), 'not known yet: English').to.equal('en');
    registerLanguage('xw', { probe: { hello: 'Late words' } });
    await probe.updateComplete;
    expect(shown(probe)).to.equal('xw');
    expect(probe.hello).to.equal('Late words');
  });
});
