import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ignoreKeyRepeat } from '../../src/booking-button/key-repeat.js';

/** A host with a button of its own, a link of its own, and a slot for the page's content. */
class RepeatHost extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', ignoreKeyRepeat);
  }

  override render() {
    return html`<button>Own</button><a href="#x">Own link</a><slot></slot>`;
  }
}
customElements.define('key-repeat-host', RepeatHost);

/** Whether a keydown on `target` was cancelled. */
function cancelled(target: Element, key: string, repeat: boolean): boolean {
  const event = new KeyboardEvent('keydown', {
    key,
    repeat,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('ignoreKeyRepeat', () => {
  it("cancels a held Enter or Space on the host's own buttons, and nothing else", async () => {
    const host = await fixture<RepeatHost>(
      html`<key-repeat-host><button>Page's</button></key-repeat-host>`,
    );
    const own = host.shadowRoot!.querySelector('button')!;
    const link = host.shadowRoot!.querySelector('a')!;
    const pages = host.querySelector('button')!;
    expect({
      enter: cancelled(own, 'Enter', true),
      space: cancelled(own, ' ', true),
      firstPress: cancelled(own, 'Enter', false),
      tab: cancelled(own, 'Tab', true),
      link: cancelled(link, 'Enter', true),
      pageButton: cancelled(pages, 'Enter', true),
    }).to.deep.equal({
      enter: true,
      space: true,
      firstPress: false,
      tab: false,
      link: false,
      pageButton: false,
    });
  });
});
