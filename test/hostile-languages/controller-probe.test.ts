import { expect, fixture, html } from '@open-wc/testing';
import { KneadElement } from '../../src/shared/knead-element.js';
import { LanguageController, type LanguageLoaders } from '../../src/shared/language-controller.js';
import type { LanguageTables } from '../../src/shared/messages.js';
import { captureConsole } from '../helpers/console.js';
import { settleAll, wait } from './probes.js';

/**
 * The language controller with chunks the test hands over when it likes (a slow network,
 * a chunk that never comes, one that fails), on a probe widget built like the real ones:
 * the same KneadElement, the same controller. Deterministic versions of what the widget
 * tests in this folder meet by timing.
 */

type Chunk = { default: LanguageTables };
const pending = new Map<string, (chunk: Chunk) => void>();
const chunkOf = (hello: string): Chunk => ({ default: { probe: { hello } } });
const deferred = (language: string) => () =>
  new Promise<Chunk>((resolve) => pending.set(language, resolve));

const LOADERS: LanguageLoaders = {
  qa: deferred('qa'),
  qb: deferred('qb'),
  qc: deferred('qc'),
  qd: deferred('qd'),
  qf: () => Promise.reject(new Error('offline')),
};
const HELLO = { qa: 'Hello in qa', qb: 'Hello in qb', qc: 'Hello in qc', qd: 'Hello in qd' };

class HostileLanguageProbe extends KneadElement {
  protected override readonly words = new LanguageController(this, () => undefined, LOADERS);
  override render() {
    return html`<p>${this.words.messages('probe', { hello: 'Hello' }).hello}</p>`;
  }
  get said() {
    return this.shadowRoot!.textContent!.trim();
  }
  get mark() {
    return this.shadowRoot!.querySelector('p')!.getAttribute('lang');
  }
}
customElements.define('hostile-language-probe', HostileLanguageProbe);

const arrive = (language: keyof typeof HELLO) => pending.get(language)!(chunkOf(HELLO[language]));

describe('the language controller under a slow network', () => {
  // Regression test; the bug as found at 816d10b (fixed in a3968e0): the switch race, deterministically. The widget is asked for qa, whose chunk is on
  // its way; the page switches to qb; qa's chunk arrives: the widget renders qb with qb's
  // chunk never requested (LanguageController.ready() loads only the language it picked;
  // hostUpdate() then picks qb; the recheck's requestUpdate fell into the pending update).
  // It shows English marked "qb", and stays so after qb's chunk would have come.
  // Expected: qb requested, and "Hello in qb" once it arrives.
  it('qa then qb while qa loads: it ends in qb', async () => {
    const holder = await fixture<HTMLElement>(
      html`<div lang="en"><hostile-language-probe></hostile-language-probe></div>`,
    );
    const probe = holder.querySelector<HostileLanguageProbe>('hostile-language-probe')!;
    await probe.updateComplete;
    holder.setAttribute('lang', 'qa');
    await wait();
    holder.setAttribute('lang', 'qb');
    await wait();
    arrive('qa');
    await settleAll(holder);
    expect(pending.has('qb'), "qb's chunk requested").to.equal(true);
    arrive('qb');
    await settleAll(holder);
    expect(probe.said).to.equal('Hello in qb');
    expect(probe.mark).to.equal('qb');
  });

  it('qc then back to en while qc loads: English, marked en, and qc’s late arrival changes nothing', async () => {
    const holder = await fixture<HTMLElement>(
      html`<div lang="en"><hostile-language-probe></hostile-language-probe></div>`,
    );
    const probe = holder.querySelector<HostileLanguageProbe>('hostile-language-probe')!;
    await probe.updateComplete;
    holder.setAttribute('lang', 'qc');
    await wait();
    holder.setAttribute('lang', 'en');
    await wait();
    arrive('qc');
    await settleAll(holder);
    expect(probe.said).to.equal('Hello');
    expect(probe.mark).to.equal('en');
  });

  it('a chunk that fails: one sensible warning, English shown and marked en, no throw', async () => {
    // (Marked "qf" before 908e2ff: English read with the voice of a language not shown.)
    const warnings = await captureConsole('warn', async () => {
      const holder = await fixture<HTMLElement>(
        html`<div lang="qf">
          <hostile-language-probe></hostile-language-probe
          ><hostile-language-probe></hostile-language-probe>
        </div>`,
      );
      await settleAll(holder);
      for (const probe of holder.querySelectorAll<HostileLanguageProbe>('hostile-language-probe')) {
        expect(probe.said).to.equal('Hello');
        expect(probe.mark).to.equal('en');
      }
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"qf" texts could not be loaded; showing English');
  });

  it('twenty widgets asking for the same slow chunk: one request, all render once it comes', async () => {
    let requests = 0;
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const counting = LOADERS.qd!;
    (LOADERS as Record<string, unknown>)['qd'] = () => (requests++, counting());
    holder.setAttribute('lang', 'qd');
    holder.innerHTML = '<hostile-language-probe></hostile-language-probe>'.repeat(20);
    await wait(20);
    expect(requests).to.equal(1);
    arrive('qd');
    await settleAll(holder);
    for (const probe of holder.querySelectorAll<HostileLanguageProbe>('hostile-language-probe'))
      expect(probe.said).to.equal('Hello in qd');
  });
});
