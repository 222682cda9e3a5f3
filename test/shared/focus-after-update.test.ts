import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FocusAfterUpdate } from '../../src/shared/focus-after-update.js';
import { browserWorkDuring } from './browser-work.js';

/** Two screens, as a step-by-step widget has: each with its heading and a button. */
class ScreensHost extends LitElement {
  @property({ type: Number }) screen = 1;
  readonly focusAfter = new FocusAfterUpdate(this);

  /** What a button does: the next screen, its heading focused for screen-reader users. */
  next(): void {
    this.screen++;
    this.focusAfter.request('h2');
  }

  override render() {
    return html`<h2 tabindex="-1">Screen ${this.screen}</h2>
      <button @click=${() => this.next()}>Next</button>
      <button>Help</button>`;
  }
}
customElements.define('knead-test-screens-host', ScreensHost);

/** The text of the element that has focus, read through the shadow root. */
function focused(): string | undefined {
  const active = document.activeElement;
  return (active?.shadowRoot?.activeElement ?? active)?.textContent?.trim();
}

const byText = (el: ScreensHost, text: string) =>
  [...el.shadowRoot!.querySelectorAll('h2, button')].find((node) =>
    node.textContent!.includes(text),
  ) as HTMLElement;

/** A visitor's press of a button: focus, then click. */
function press(el: ScreensHost, name: string): void {
  const button = byText(el, name);
  button.focus();
  button.click();
}

async function screens(): Promise<ScreensHost> {
  return fixture<ScreensHost>(html`<knead-test-screens-host></knead-test-screens-host>`);
}

describe('FocusAfterUpdate', () => {
  it('moves focus to the requested element once the update has rendered it', async () => {
    const el = await screens();
    press(el, 'Next');
    // Not before the update: the heading still says "Screen 1".
    expect(focused()).to.equal('Next');
    await el.updateComplete;
    expect(focused()).to.equal('Screen 2');
  });

  it('asks for an update itself', async () => {
    const el = await screens();
    byText(el, 'Help').focus();
    el.focusAfter.request('button:last-of-type');
    byText(el, 'Next').focus();
    await el.updateComplete;
    expect(focused()).to.equal('Help');
  });

  it('leaves focus alone without a request', async () => {
    const el = await screens();
    byText(el, 'Help').focus();
    el.screen = 5;
    await el.updateComplete;
    expect(byText(el, 'Screen 5')).to.not.equal(undefined);
    expect(focused()).to.equal('Help');
  });

  it('moves focus once per request, not on later updates', async () => {
    const el = await screens();
    press(el, 'Next');
    await el.updateComplete;
    byText(el, 'Help').focus();
    el.screen = 7;
    await el.updateComplete;
    expect(focused()).to.equal('Help');
  });

  it('forgets a request cancelled before the update', async () => {
    const el = await screens();
    byText(el, 'Help').focus();
    el.focusAfter.request('h2');
    el.focusAfter.cancel();
    await el.updateComplete;
    expect(focused()).to.equal('Help');
  });

  it('does nothing, and does not throw, when the selector matches nothing', async () => {
    const el = await screens();
    byText(el, 'Help').focus();
    el.focusAfter.request('#nothing-here');
    await el.updateComplete;
    expect(focused()).to.equal('Help');
    // The next request still works.
    press(el, 'Next');
    await el.updateComplete;
    expect(focused()).to.equal('Screen 2');
  });

  it('does no browser work before the host is connected', async () => {
    let el!: ScreensHost;
    const work = await browserWorkDuring(() => {
      el = document.createElement('knead-test-screens-host') as ScreensHost;
      el.focusAfter.request('h2');
    });
    expect(work).to.deep.equal([]);
    expect(el.shadowRoot).to.equal(null);
    // Connected, the request made before is carried out after the first update.
    document.body.append(el);
    await el.updateComplete;
    expect(focused()).to.equal('Screen 1');
    el.remove();
  });
});
