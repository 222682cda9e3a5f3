import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChildWatcher } from '../../src/technique-card/child-watcher.js';
import { browserWorkDuring } from '../shared/browser-work.js';
import { nextFrame, textOf } from '../harness/technique-card.js';

/** A host that says whether it has content for its `extra` slot, and counts its renders. */
class WatcherHost extends LitElement {
  readonly watcher = new ChildWatcher(this);
  renders = 0;

  override render() {
    this.renders++;
    return html`<p>${this.watcher.has('extra') ? 'Has extra' : 'No extra'}</p>
      <slot name="extra"></slot>`;
  }
}
customElements.define('child-watcher-host', WatcherHost);

const said = (host: WatcherHost) => textOf(host.shadowRoot!.querySelector('p'));

const extra = (text = 'More') =>
  Object.assign(document.createElement('span'), { slot: 'extra', textContent: text });

/** Lets the observer's callback run and the update it asks for finish. */
async function afterMutations(host: WatcherHost): Promise<void> {
  await nextFrame();
  await host.updateComplete;
}

describe('ChildWatcher', () => {
  it('does no browser work until its host is connected', async () => {
    let host!: WatcherHost;
    const work = await browserWorkDuring(() => {
      host = document.createElement('child-watcher-host') as WatcherHost;
    });
    expect(work).to.deep.equal([]);
    expect(host.watcher.has('extra')).to.equal(false);
  });

  it('tells whether a child is assigned to the named slot, at the first render', async () => {
    const host = await fixture<WatcherHost>(
      html`<child-watcher-host><span slot="extra">More</span></child-watcher-host>`,
    );
    expect(said(host)).to.equal('Has extra');
    expect(host.watcher.has('other')).to.equal(false);
    const plain = await fixture<WatcherHost>(
      html`<child-watcher-host><span>Default slot</span></child-watcher-host>`,
    );
    expect(said(plain)).to.equal('No extra');
  });

  it('counts only the host’s own children, not deeper ones', async () => {
    const host = await fixture<WatcherHost>(
      html`<child-watcher-host
        ><div><span slot="extra">Nested</span></div></child-watcher-host
      >`,
    );
    expect(said(host)).to.equal('No extra');
  });

  it('updates its host when a child arrives or leaves after the first render', async () => {
    const host = await fixture<WatcherHost>(html`<child-watcher-host></child-watcher-host>`);
    expect(said(host)).to.equal('No extra');
    const child = extra();
    host.append(child);
    await afterMutations(host);
    expect(said(host)).to.equal('Has extra');
    child.remove();
    await afterMutations(host);
    expect(said(host)).to.equal('No extra');
  });

  it('stops watching while disconnected, and watches again when reconnected', async () => {
    const host = await fixture<WatcherHost>(html`<child-watcher-host></child-watcher-host>`);
    const parent = host.parentElement!;
    host.remove();
    const renders = host.renders;
    host.append(extra('While away'));
    await afterMutations(host);
    expect(host.renders, 'no update asked for while disconnected').to.equal(renders);

    parent.append(host);
    await host.updateComplete;
    host.append(extra('Back'));
    await afterMutations(host);
    expect(host.renders).to.be.greaterThan(renders);
    expect(said(host)).to.equal('Has extra');
    // Reconnecting twice still asks for one update a change, not one per connection.
    host.remove();
    parent.append(host);
    await host.updateComplete;
    const before = host.renders;
    host.append(extra('Again'));
    await afterMutations(host);
    expect(host.renders - before).to.equal(1);
  });

  it('finds nothing on a host without a DOM to query, as a server renders it', () => {
    const serverHost = { addController() {}, requestUpdate() {} };
    const watcher = new ChildWatcher(serverHost as unknown as WatcherHost);
    expect(watcher.has('extra')).to.equal(false);
  });
});
