import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LanguageController } from '../../src/shared/language-controller.js';

let clinicLocale: string | undefined;

/** A widget that shows the language it would speak, and counts its updates. */
class LanguageProbe extends LitElement {
  readonly words = new LanguageController(
    this,
    () => clinicLocale,
    (language) => ['en', 'fr', 'es'].includes(language),
  );
  updates = 0;
  override render() {
    this.updates++;
    return this.words.language;
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
    document.documentElement.setAttribute('lang', 'fr-CA');
    await settle();
    expect(probe.updates, 'fr to fr-CA is still French').to.equal(before);

    probe.remove();
    document.documentElement.setAttribute('lang', 'es');
    await settle();
    expect(probe.updates, 'removed: no update').to.equal(before);

    document.body.append(probe);
    await settle();
    expect(shown(probe), 'back on the page, current again').to.equal('es');
    probe.remove();
  });
});
