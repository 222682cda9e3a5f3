// Constructs every element of the npm build in Node, as a server does before it renders one:
// with lit's DOM shim and no window, document, observers, storage or timers. Browser work
// belongs in connectedCallback, firstUpdated or a controller's hostConnected, never in a
// constructor or field initializer. Run after `npm run build`: `node --test test/bundle/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ELEMENTS, installServerDom, loadElement, withoutTimers } from './server-globals.js';

installServerDom();

for (const [tag, file, className] of ELEMENTS) {
  test(`<${tag}> is constructed on a server`, async () => {
    const Klass = await loadElement(tag, file, className);
    const el = withoutTimers(() => new Klass());
    assert.ok(el instanceof HTMLElement);
    assert.equal(el.localName, tag);
    // Attributes a server sets from the page's markup, before rendering.
    withoutTimers(() => {
      for (const name of Klass.observedAttributes) el.attributeChangedCallback(name, null, '');
    });
    assert.equal(el.hasUpdated, false);
  });
}
