import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import { ClinicProbe } from '../helpers/clinic-probe.js';
import { captureConsole } from '../helpers/console.js';
import { settle } from '../harness/clinic.js';
import { refusal } from '../harness/booking-button.js';
import { consoleDuring, renderApp } from './fixtures.js';

/*
 * <knead-clinic page> in a single-page app: clinics and widgets are added, moved and removed
 * in one task, the way a router swaps a page. A page clinic listens for `context-request`
 * on <html>; those listeners are counted here to catch a clinic that outlives its element.
 */

const html_ = document.documentElement;
const contextListeners = new Set<unknown>();
const addListener = html_.addEventListener;
const removeListener = html_.removeEventListener;
html_.addEventListener = function (this: HTMLElement, ...args: Parameters<typeof addListener>) {
  if (args[0] === 'context-request') contextListeners.add(args[1]);
  return addListener.apply(this, args);
} as typeof addListener;
html_.removeEventListener = function (
  this: HTMLElement,
  ...args: Parameters<typeof removeListener>
) {
  if (args[0] === 'context-request') contextListeners.delete(args[1]);
  return removeListener.apply(this, args);
} as typeof removeListener;

function pageClinic(name: string, bookingUrl = `https://book.example.com/${name}`): KneadClinic {
  const clinic = document.createElement('knead-clinic');
  clinic.setAttribute('page', '');
  clinic.setAttribute('name', name);
  clinic.setAttribute('booking-url', bookingUrl);
  return clinic;
}

describe('<knead-clinic page> in a single-page app', () => {
  afterEach(async () => {
    fixtureCleanup();
    for (const clinic of document.querySelectorAll('knead-clinic')) clinic.remove();
    await settle();
    expect(contextListeners.size, 'context-request listeners left on <html>').to.equal(0);
  });

  it('hands every widget to the next page clinic when the router swaps them in one task', async () => {
    const { page, clinic, button } = await renderApp(html`
      <main>
        <knead-clinic page name="a" booking-url="https://book.example.com/a"></knead-clinic>
        <p><knead-booking-button></knead-booking-button></p>
        <clinic-probe></clinic-probe>
      </main>
    `);
    expect(button.bookingUrl).to.equal('https://book.example.com/a');

    const messages = await consoleDuring(() => {
      clinic.setAttribute('phone', '+1 555 0100');
      clinic.remove();
      page.append(pageClinic('b'));
    });

    expect(messages).to.deep.equal([]);
    expect(button.bookingUrl).to.equal('https://book.example.com/b');
    expect(page.querySelector('clinic-probe')!.shadowRoot!.textContent).to.equal('b');
    expect(contextListeners.size).to.equal(1);
  });

  it('lets a page clinic added before the old one leaves take over, without an error', async () => {
    const { page, clinic, button } = await renderApp(html`
      <main>
        <knead-clinic page name="a" booking-url="https://book.example.com/a"></knead-clinic>
        <knead-booking-button></knead-booking-button>
      </main>
    `);

    const messages = await consoleDuring(() => {
      page.append(pageClinic('b'));
      clinic.remove();
    });

    expect(messages).to.deep.equal([]);
    expect(button.bookingUrl).to.equal('https://book.example.com/b');
    expect(contextListeners.size).to.equal(1);
  });

  it('serves nothing and leaves no listener when removed before its first render', async () => {
    const app = await fixture(html`<main></main>`);
    const a = pageClinic('a');
    app.append(a);
    a.remove();
    expect(contextListeners.size, 'listeners right after removal').to.equal(0);
    await settle();
    expect(contextListeners.size, 'listeners after its update').to.equal(0);

    const probe = document.createElement('clinic-probe');
    app.append(probe);
    await settle();
    expect(probe.shadowRoot!.textContent).to.equal('no clinic');

    const messages = await consoleDuring(() => app.append(pageClinic('b')));
    expect(messages).to.deep.equal([]);
    expect(probe.shadowRoot!.textContent).to.equal('b');
  });

  it('releases the page at once when removed, even with an update pending', async () => {
    const app = await fixture(html`<main><clinic-probe></clinic-probe></main>`);
    const a = pageClinic('a');
    app.append(a);
    await settle();
    a.setAttribute('name', 'renamed');
    a.remove();
    expect(contextListeners.size).to.equal(0);
    await settle();
    expect(contextListeners.size).to.equal(0);
  });

  it('leaves widgets with no clinic, not the old settings, when no page clinic follows', async () => {
    const { page, clinic, button } = await renderApp(html`
      <main>
        <clinic-probe></clinic-probe>
        <knead-booking-button></knead-booking-button>
        <knead-clinic page name="a" booking-url="https://book.example.com/a" phone="+1 555 0100">
        </knead-clinic>
      </main>
    `);
    expect(button.bookingUrl).to.equal('https://book.example.com/a');

    const errors = await captureConsole('error', async () => {
      clinic.remove();
      await settle();
    });

    expect(page.querySelector('clinic-probe')!.shadowRoot!.textContent).to.equal('no clinic');
    // What a button on a page without any clinic shows: no stale link, no stale phone.
    expect(button.bookingUrl).to.equal(undefined);
    expect(refusal(button)).to.equal('Online booking is not set up yet.');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('no booking link');
  });

  it('keeps serving when moved in the page', async () => {
    const { page, clinic, button } = await renderApp(html`
      <main>
        <header></header>
        <knead-booking-button></knead-booking-button>
        <clinic-probe></clinic-probe>
        <knead-clinic page name="a" booking-url="https://book.example.com/a"></knead-clinic>
      </main>
    `);

    const messages = await consoleDuring(() => {
      page.querySelector('header')!.append(clinic);
      clinic.setAttribute('name', 'a moved');
    });

    expect(messages).to.deep.equal([]);
    expect(page.querySelector('clinic-probe')!.shadowRoot!.textContent).to.equal('a moved');
    expect(button.bookingUrl).to.equal('https://book.example.com/a');
    expect(contextListeners.size).to.equal(1);
  });

  it('serves a widget defined after it', async () => {
    const app = await fixture(html`<main><late-page-probe></late-page-probe></main>`);
    app.append(pageClinic('a'));
    await settle();
    customElements.define('late-page-probe', class extends ClinicProbe {});
    const probe = app.querySelector<ClinicProbe>('late-page-probe')!;
    await settle();
    expect(probe.shadowRoot!.textContent).to.equal('a');
  });

  it('survives 200 route changes in single tasks: right settings, no errors, no leaked listeners', async () => {
    const app = await fixture(html`<main></main>`);
    let route: HTMLElement | undefined;
    // A widget the layout keeps across routes; routes move it into their own markup.
    const kept = document.createElement('knead-booking-button');
    app.append(kept);

    const messages = await consoleDuring(async () => {
      for (let cycle = 0; cycle < 200; cycle++) {
        const next = document.createElement('section');
        next.innerHTML = `
          <knead-booking-button class="loose"></knead-booking-button>
          <clinic-probe class="loose"></clinic-probe>
          <knead-clinic name="inner-${cycle}" booking-url="https://book.example.com/inner">
            <clinic-probe class="inner"></clinic-probe>
          </knead-clinic>`;
        const clinic = pageClinic(`page-${cycle}`);
        // Odd routes put the page clinic first, with the other clinic inside it; even ones
        // put it after the widgets, beside the other clinic.
        if (cycle % 2) next.prepend(clinic);
        else next.append(clinic);
        if (cycle % 2) clinic.append(next.querySelector('knead-clinic:not([page])')!);
        route?.querySelector('knead-clinic[page]')?.setAttribute('phone', `${cycle}`);
        route?.remove();
        app.append(next);
        next.append(kept);
        route = next;
        // Let a few routes render, as a visitor clicking through would.
        if (cycle % 50 === 0) await settle();
      }
    });

    expect(messages).to.deep.equal([]);
    expect(contextListeners.size).to.equal(1);
    const last = 'page-199';
    expect(kept.bookingUrl).to.equal(`https://book.example.com/${last}`);
    expect(
      route!.querySelector<KneadBookingButton>('knead-booking-button.loose')!.bookingUrl,
    ).to.equal(`https://book.example.com/${last}`);
    expect(route!.querySelector('clinic-probe.loose')!.shadowRoot!.textContent).to.equal(last);
    expect(route!.querySelector('clinic-probe.inner')!.shadowRoot!.textContent).to.equal(
      'inner-199',
    );
  });

  it('still refuses a second page clinic that stays, with one error', async () => {
    const app = await fixture(html`<main><clinic-probe></clinic-probe></main>`);
    const errors = await captureConsole('error', async () => {
      app.append(pageClinic('first'), pageClinic('second'));
      await settle();
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('page').and.include('another <knead-clinic page>');
    expect(app.querySelector('clinic-probe')!.shadowRoot!.textContent).to.equal('first');
  });

  it('hands the page to a waiting page clinic when the serving one leaves', async () => {
    const app = await fixture(html`<main><clinic-probe></clinic-probe></main>`);
    const first = pageClinic('first');
    await captureConsole('error', async () => {
      app.append(first, pageClinic('second'));
      await settle();
    });
    first.remove();
    await settle();
    expect(app.querySelector('clinic-probe')!.shadowRoot!.textContent).to.equal('second');
    expect(contextListeners.size).to.equal(1);
  });
});
