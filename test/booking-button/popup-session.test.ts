import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PopupSession } from '../../src/booking-button/popup-session.js';
import { browserWorkDuring } from '../shared/browser-work.js';

/** A minimal popup: a session, with what it heard, and a control that can hold focus. */
class SessionHost extends LitElement {
  ends = 0;
  readonly session = new PopupSession(this, () => this.ends++);

  override render() {
    return html`<button>Inside</button>`;
  }

  focusInside(): void {
    this.renderRoot.querySelector('button')!.focus();
  }
}
customElements.define('popup-session-host', SessionHost);

const overflow = () => document.documentElement.style.overflow;

/** A page with a control before and after the host, and the host. */
async function page(): Promise<{ root: HTMLElement; host: SessionHost }> {
  const root = await fixture<HTMLElement>(html`
    <div>
      <button id="before">Before</button>
      <p><popup-session-host></popup-session-host></p>
      <button id="after">After</button>
    </div>
  `);
  const host = root.querySelector<SessionHost>('popup-session-host')!;
  await host.updateComplete;
  return { root, host };
}

describe('PopupSession', () => {
  it('starts nothing when constructed', async () => {
    const work = await browserWorkDuring(() => document.createElement('popup-session-host'));
    expect(work).to.deep.equal([]);
  });

  it('locks scrolling while open, and lets go once when it ends', async () => {
    const { host } = await page();
    host.session.start(host);
    expect(host.session.open).to.equal(true);
    expect(overflow()).to.equal('hidden');
    host.session.end();
    host.session.end();
    expect(host.session.open).to.equal(false);
    expect(overflow()).to.equal('');
    expect(host.ends).to.equal(1);
  });

  it('holds one lock however often it is started', async () => {
    const { host } = await page();
    host.session.start(host);
    host.session.start(host);
    host.session.end();
    expect(overflow()).to.equal('');
    expect(host.ends).to.equal(1);
  });

  it('ends when its host leaves the page, and gives focus to the next control', async () => {
    const { host } = await page();
    host.session.start(host);
    host.focusInside();
    host.remove();
    expect(host.ends).to.equal(1);
    expect(overflow()).to.equal('');
    expect(document.activeElement?.id).to.equal('after');
  });

  it('gives focus to the control before when nothing follows', async () => {
    const { root, host } = await page();
    root.querySelector('#after')!.remove();
    host.session.start(host);
    host.focusInside();
    host.remove();
    expect(document.activeElement?.id).to.equal('before');
  });

  it('leaves focus where the page put it', async () => {
    const { root, host } = await page();
    host.session.start(host);
    root.querySelector<HTMLElement>('#before')!.focus();
    host.remove();
    expect(host.ends).to.equal(1);
    expect(document.activeElement?.id).to.equal('before');
  });

  it('does nothing when its host leaves while closed', async () => {
    const { host } = await page();
    host.session.start(host);
    host.session.end();
    host.remove();
    expect(host.ends).to.equal(1);
    expect(overflow()).to.equal('');
  });
});
