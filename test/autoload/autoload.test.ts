/**
 * The CDN loader in a real page: it defines the widgets a page shows, in the document and in
 * shadow roots handed to `discover`, reserves their boxes meanwhile, and names a mistyped
 * tag once. Each test file runs in a page of its own, so no widget is defined at the start.
 * What a page downloads (only its widgets' chunks) is checked on the built files by
 * test/bundle/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { discover, loadAll } from '../../src/autoload.js';
import {
  WIDGET_MODULES,
  isWidgetTag,
  loadsAtOnce,
  unknownTagMessage,
} from '../../src/widget-modules.js';
import { captureConsole } from '../helpers/console.js';

const TAGS = Object.keys(WIDGET_MODULES);
const isDefined = (tag: string) => customElements.get(tag) !== undefined;

/** Adds the element `markup` describes to `parent`, as a CMS or an app would. */
function add(markup: string, parent: ParentNode = document.body): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild as HTMLElement;
  parent.append(element);
  return element;
}

describe('the CDN loader', () => {
  after(() => document.querySelectorAll('body > :not(script)').forEach((node) => node.remove()));

  it('knows every public element by its tag, and nothing else', async () => {
    // The manifest lists every element the package defines: a new widget the loader does
    // not know would never load from the CDN.
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const published = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        declaration.tagName ? [declaration.tagName] : [],
      ),
    );
    expect(published).to.have.length.above(5);
    expect(TAGS).to.have.members(published.filter((tag) => tag !== 'knead-booking-dialog'));
    expect(isWidgetTag('knead-booking-button')).to.equal(true);
    for (const tag of ['knead-bookng-button', 'knead-', 'toString', '__proto__', 'constructor'])
      expect(isWidgetTag(tag), tag).to.equal(false);
  });

  it('starts the clinic and widgets marked loading="eager" at once, the rest when near', () => {
    const loadsNow = (markup: string) => loadsAtOnce(add(markup, document.createElement('div')));
    expect(loadsNow('<knead-clinic></knead-clinic>')).to.equal(true);
    expect(loadsNow('<knead-symptom-check loading="eager"></knead-symptom-check>')).to.equal(true);
    expect(loadsNow('<knead-symptom-check></knead-symptom-check>')).to.equal(false);
    expect(loadsNow('<knead-symptom-check loading="lazy"></knead-symptom-check>')).to.equal(false);
  });

  it('names a mistyped knead tag once, with the tags it may have meant', async () => {
    const errors = await captureConsole('error', async () => {
      add('<knead-bookng-button></knead-bookng-button>');
      add('<knead-bookng-button></knead-bookng-button>');
      // Reported after a second: a site's own knead-* element would be defined by then.
      await new Promise((resolve) => setTimeout(resolve, 1300));
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include(unknownTagMessage('knead-bookng-button'));
    for (const tag of TAGS) expect(errors[0]).to.include(`<${tag}>`);
  });

  it('reserves a widget box in a shadow root until its code arrives, then defines it', async () => {
    const host = add('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<knead-exercise-timer></knead-exercise-timer>';
    const timer = root.firstElementChild as HTMLElement;
    expect(timer.matches(':defined')).to.equal(false);
    expect(timer.getBoundingClientRect().height).to.equal(0);

    discover(root);
    expect(timer.matches(':defined')).to.equal(false);
    expect(getComputedStyle(timer).display).to.equal('block');
    expect(timer.getBoundingClientRect().height).to.be.at.least(320);

    await waitUntil(() => timer.matches(':defined'), 'the timer was not defined', {
      timeout: 4500,
    });
    await waitUntil(() => timer.shadowRoot?.querySelector('[part~="start"], button'));
    expect(root.adoptedStyleSheets).to.have.length(1);
    discover(root); // a root handed over twice is watched once
    expect(root.adoptedStyleSheets).to.have.length(1);
  });

  it('defines a widget added to the page after it loaded, and the same tag in a shadow root', async () => {
    const button = add('<knead-booking-button href="https://calendly.com/harbour-physio">');
    await waitUntil(() => isDefined('knead-booking-button'), 'not defined', { timeout: 4500 });
    await waitUntil(() => button.shadowRoot?.querySelector('a[part~="button"]'));
    expect(button.shadowRoot!.querySelector('a')!.href).to.equal(
      'https://calendly.com/harbour-physio',
    );

    // Once a tag is defined, the browser upgrades it anywhere, with or without discover().
    const root = add('<div></div>').attachShadow({ mode: 'open' });
    root.innerHTML = '<knead-booking-button href="https://cal.com/harbour"></knead-booking-button>';
    const inside = root.firstElementChild as HTMLElement;
    await waitUntil(() => inside.shadowRoot?.querySelector('a[part~="button"]'));
    expect(inside.shadowRoot!.querySelector('a')!.href).to.equal('https://cal.com/harbour');
  });

  it("fetches a far widget's code when the browser is idle, and defines it when near", async () => {
    add('<div style="height: 2000vh"></div>');
    const card = add('<knead-technique-card technique="swedish"></knead-technique-card>');
    expect(card.getBoundingClientRect().top).to.be.greaterThan(innerHeight * 3);
    const fetched = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('/src/technique-card/technique-card.ts'));
    await waitUntil(fetched, 'its code was not fetched on idle', { timeout: 4500 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(card.matches(':defined'), 'defined before it came near').to.equal(false);

    card.scrollIntoView();
    await waitUntil(() => card.matches(':defined'), 'not defined when near', { timeout: 4500 });
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Swedish'));
    scrollTo(0, 0);
  });

  it('loads every element at once when asked', async () => {
    loadAll();
    await waitUntil(() => TAGS.every(isDefined), 'not all defined', { timeout: 4500 });
  });
});
