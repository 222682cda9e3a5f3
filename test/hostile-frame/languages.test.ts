import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { present } from '../harness/dom.js';
import { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { FRAME_MESSAGES } from '../../src/booking-frame/frame-messages.js';
import { BOOKING_MESSAGES } from '../../src/booking-button/booking-messages.js';
import { CALENDLY, frameState, iframeOf, showButton } from '../harness/booking-frame.js';
import { englishLeft, englishPhrases } from '../helpers/english-left.js';
import { captureReports } from '../helpers/console.js';
import { marks } from '../hostile-languages/probes.js';
import {
  clearPage,
  holder,
  makeFrame,
  pageLang,
  post,
  settleAll,
  showHeld,
  statusOf,
  wait,
  windowOf,
} from './support.js';

/**
 * The frame on French and Spanish pages: a bare `lang="fr"` on `<html>` or on an ancestor,
 * `lang="es"`, the language switched while the chunk or the provider's page loads. Every
 * state speaks the page's language and leaves no English phrase behind, the booking button
 * shown instead of a frame included.
 */

const ENGLISH = [...englishPhrases(FRAME_MESSAGES), ...englishPhrases(BOOKING_MESSAGES)];
const SAYS = {
  fr: {
    show: 'Afficher le calendrier de réservation',
    loading: 'Chargement du calendrier de réservation…',
  },
  es: { show: 'Mostrar el calendario de reservas', loading: 'Cargando el calendario de reservas…' },
};

/** Walks one frame through every state, checking the language and the English left at each. */
async function everyState(el: KneadBookingFrame, lang: 'fr' | 'es'): Promise<void> {
  await settleAll(document.body, 40);
  const check = (state: string) => {
    expect(englishLeft(el, ENGLISH), `English left, ${state}`).to.deep.equal([]);
    for (const mark of marks(el)) expect(mark, `lang mark, ${state}`).to.equal(lang);
  };
  expect(showButton(el).textContent).to.equal(SAYS[lang].show);
  check('asking');
  KneadBookingFrame.readyTimeout = 60;
  await showHeld(el);
  expect(statusOf(el)).to.equal(SAYS[lang].loading);
  expect(iframeOf(el)!.title).to.match(
    lang === 'fr' ? /^Calendrier de réservation/ : /^Calendario de reservas/,
  );
  check('loading');
  await wait(120);
  await el.updateComplete;
  expect(frameState(el).retry).to.equal(true);
  check('failed');
  post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
  await el.updateComplete;
  expect(statusOf(el)).to.equal('');
  check('ready');
}

describe('<knead-booking-frame> in French and Spanish', () => {
  const timeout = KneadBookingFrame.readyTimeout;
  let restore: () => void;
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => {
    clearPage();
    restore();
    KneadBookingFrame.readyTimeout = timeout;
  });

  // First: neither chunk is loaded yet, so the switch meets the French chunk on its way.
  it('<html lang> switched fr → es while the French chunk loads: ends in Spanish, never stuck in French', async () => {
    restore();
    restore = pageLang('fr');
    const el = makeFrame({ provider: 'calendly', account: 'harbour' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.documentElement.lang = 'es';
    await settleAll(document.body, 400);
    expect(showButton(el).textContent).to.equal(SAYS.es.show);
    expect(englishLeft(el, ENGLISH)).to.deep.equal([]);
  });

  it('a bare lang="fr" on <html>: French in every state', async () => {
    restore();
    restore = pageLang('fr');
    await everyState(makeFrame({ provider: 'calendly', account: 'harbour' }), 'fr');
  });

  it('a bare lang="fr" on an ancestor of an English page: French in every state', async () => {
    await everyState(makeFrame({ provider: 'calendly', account: 'harbour' }, holder('fr')), 'fr');
  });

  it('lang="es" on an ancestor: Spanish in every state', async () => {
    await everyState(makeFrame({ provider: 'calendly', account: 'harbour' }, holder('es')), 'es');
  });

  it('lang switched while the provider’s page loads: the words change, the frame does not reload', async () => {
    const page = holder('fr');
    const el = makeFrame({ provider: 'calendly', account: 'harbour' }, page);
    await settleAll(page, 40);
    const iframe = await showHeld(el);
    expect(statusOf(el)).to.equal(SAYS.fr.loading);
    const src = iframe.getAttribute('src');
    // Marks the blank page the frame holds now: a reload would give it a fresh window.
    await new Promise((resolve) => {
      iframe.addEventListener('load', resolve, { once: true });
      setTimeout(resolve, 300);
    });
    (iframe.contentWindow as unknown as { marked?: boolean }).marked = true;
    page.lang = 'es';
    await settleAll(page, 40);
    expect(statusOf(el)).to.equal(SAYS.es.loading);
    expect(iframe.title).to.match(/^Calendario de reservas/);
    expect(iframeOf(el) === iframe, 'the same frame').to.equal(true);
    expect(iframe.getAttribute('src')).to.equal(src);
    await wait(50);
    const page_ = iframe.contentWindow as unknown as { marked?: boolean };
    expect(page_.marked, 'the framed page was loaded again').to.equal(true);
    page.lang = 'en';
    await settleAll(page, 40);
    expect(statusOf(el)).to.equal(FRAME_MESSAGES.loading);
    for (const mark of marks(el)) expect(mark).to.equal('en');
  });

  for (const lang of ['fr', 'es'] as const)
    it(`a provider that refuses framing, in ${lang}: the booking button shown instead speaks ${lang} too`, async () => {
      const page = holder(lang);
      let el!: KneadBookingFrame;
      await captureReports(async () => {
        el = makeFrame({ provider: 'jane', account: 'harbour' }, page);
        await settleAll(page, 200);
      });
      const button = frameState(el).button!;
      expect(present(button), 'a booking button').to.equal(true);
      expect(englishLeft(el, ENGLISH)).to.deep.equal([]);
      expect(button.shadowRoot!.textContent).to.include(lang === 'fr' ? 'rendez-vous' : 'Reservar');
    });
});
