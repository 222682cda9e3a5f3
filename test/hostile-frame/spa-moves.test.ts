import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { present } from '../harness/dom.js';
import { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { CAL, CALENDLY, iframeOf, keepFrameHere, showButton } from '../harness/booking-frame.js';
import {
  clearPage,
  holder,
  makeFrame,
  post,
  problemsDuring,
  recordCompletions,
  showHeld,
  statusOf,
  updated,
  wait,
  watchMessageListeners,
  windowOf,
} from './support.js';

/**
 * A single-page app at work: it mounts frames, moves them to other parents and into its
 * components' shadow roots, removes and re-adds them, in one task and across tasks, while
 * they load and once they are ready, with the provider's messages arriving throughout.
 */

const LOADING = 'Loading the booking calendar…';

/** An app component whose shadow root the app renders its views into. */
class HostileFrameView extends HTMLElement {
  readonly slotHere: HTMLElement;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<section></section>';
    this.slotHere = root.querySelector('section')!;
  }
}
customElements.define('hostile-frame-view', HostileFrameView);

const calendly = (parent?: ParentNode) =>
  makeFrame({ provider: 'calendly', account: 'harbour-physio' }, parent);

describe('hostile SPA: frames mounted, moved and removed', () => {
  const timeout = KneadBookingFrame.readyTimeout;
  let completions: ReturnType<typeof recordCompletions>;
  beforeEach(() => (completions = recordCompletions()));
  afterEach(() => {
    completions.stop();
    clearPage();
    KneadBookingFrame.readyTimeout = timeout;
  });

  it('moved to another parent in one task while loading: hears only its new window, once', async () => {
    const problems = await problemsDuring(async () => {
      const a = holder();
      const b = holder();
      const el = calendly(a);
      await el.updateComplete;
      await showHeld(el);
      const before = windowOf(el)!;
      b.append(el); // one task: disconnected and connected again
      keepFrameHere(iframeOf(el)!);
      await el.updateComplete;
      expect(statusOf(el)).to.equal(LOADING);
      // A message the old page posted as it went (its window is gone with the move).
      post(CALENDLY.origin, CALENDLY.scheduled('OLD1', 'OLD2'), before);
      post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
      post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
      await el.updateComplete;
      expect(statusOf(el)).to.equal('');
    });
    expect(problems).to.deep.equal([]);
    expect(completions.events.map((event) => event.detail.ids)).to.deep.equal([
      { event: 'EVT123', invitee: 'INV456' },
    ]);
  });

  it('moved into an app’s shadow root while ready: loads afresh, hears its frame there, the event leaves the shadow root', async () => {
    const el = calendly(holder());
    await el.updateComplete;
    await showHeld(el);
    post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
    await el.updateComplete;
    expect(statusOf(el)).to.equal('');

    const view = document.createElement('hostile-frame-view') as HostileFrameView;
    view.dataset['hostileFrame'] = '';
    document.body.append(view);
    view.slotHere.append(el);
    keepFrameHere(iframeOf(el)!);
    await el.updateComplete;
    // Its frame reloaded with the move: it waits for the page to say it is ready again.
    expect(statusOf(el)).to.equal(LOADING);
    post(CALENDLY.origin, CALENDLY.height(900), windowOf(el));
    post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(statusOf(el)).to.equal('');
    expect(iframeOf(el)!.style.height).to.equal('900px');
    expect(completions.from(el)).to.equal(1);
  });

  it('removed while loading: a message after removal is not heard, its timer does not fire, re-added it loads again', async () => {
    KneadBookingFrame.readyTimeout = 40;
    const parent = holder();
    const el = calendly(parent);
    await el.updateComplete;
    await showHeld(el);
    const old = windowOf(el);
    el.remove();
    const problems = await problemsDuring(async () => {
      post(CALENDLY.origin, CALENDLY.scheduled(), old);
      post(CALENDLY.origin, CALENDLY.scheduled(), null);
      await wait(100);
    });
    expect(problems).to.deep.equal([]);
    expect(completions.events).to.have.length(0);
    // The wait was over while it was away: that was not the page failing to load.
    KneadBookingFrame.readyTimeout = 10_000;
    parent.append(el);
    keepFrameHere(iframeOf(el)!);
    await el.updateComplete;
    expect(statusOf(el)).to.equal(LOADING);
    post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
    await el.updateComplete;
    expect(completions.from(el)).to.equal(1);
  });

  it('removed in one task and re-added in a later one, while ready: a booking heard before is not heard again', async () => {
    const parent = holder();
    const el = calendly(parent);
    await el.updateComplete;
    await showHeld(el);
    post(CALENDLY.origin, CALENDLY.viewed, windowOf(el));
    post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
    expect(completions.events).to.have.length(1);
    el.remove();
    await wait(20);
    holder().append(el);
    keepFrameHere(iframeOf(el)!);
    await el.updateComplete;
    post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
    expect(completions.events, 'the same booking again').to.have.length(1);
    post(CALENDLY.origin, CALENDLY.scheduled('EVT2', 'INV2'), windowOf(el));
    expect(completions.events, 'a second booking').to.have.length(2);
  });

  it('Show pressed and the frame removed in the same task: nothing is framed while away, and nothing held', async () => {
    const listeners = watchMessageListeners();
    try {
      const parent = holder();
      const el = calendly(parent);
      await el.updateComplete;
      showButton(el).click();
      el.remove();
      await el.updateComplete;
      await wait(20);
      expect(listeners.held(), 'window message listeners held by a removed frame').to.equal(0);
      parent.append(el);
      await el.updateComplete;
      expect(present(iframeOf(el))).to.equal(true);
      expect(statusOf(el)).to.equal(LOADING);
      expect(listeners.held()).to.equal(1);
      el.remove();
      expect(listeners.held()).to.equal(0);
    } finally {
      listeners.stop();
    }
  });

  it('an autoload frame mounted and removed in one task holds no window listener', async () => {
    const listeners = watchMessageListeners();
    try {
      for (let round = 0; round < 5; round++) {
        const el = makeFrame({ provider: 'calendly', account: 'harbour', autoload: true });
        el.remove();
        await el.updateComplete;
      }
      await wait(20);
      expect(listeners.held(), 'window message listeners held by removed frames').to.equal(0);
    } finally {
      listeners.stop();
    }
  });

  it('a removed, shown frame whose account changes holds no window listener', async () => {
    const listeners = watchMessageListeners();
    try {
      const el = calendly(holder());
      await el.updateComplete;
      await showHeld(el);
      el.remove();
      expect(listeners.held()).to.equal(0);
      el.setAttribute('account', 'another-clinic');
      await el.updateComplete;
      expect(listeners.held(), 'window message listeners held by a removed frame').to.equal(0);
    } finally {
      listeners.stop();
    }
  });

  it('re-added many times in one task: one listener, one frame, one event per booking', async () => {
    const listeners = watchMessageListeners();
    try {
      const a = holder();
      const b = holder();
      const el = calendly(a);
      await el.updateComplete;
      await showHeld(el);
      for (let round = 0; round < 25; round++) (round % 2 ? a : b).append(el);
      keepFrameHere(iframeOf(el)!);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('iframe').length).to.equal(1);
      expect(listeners.held()).to.equal(1);
      post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
      post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(el));
      expect(completions.events).to.have.length(1);
    } finally {
      listeners.stop();
    }
  });

  it('two frames for the same provider: a message from A never completes or readies B; one booking, one event', async () => {
    const a = calendly(holder());
    const b = calendly(holder());
    await updated(a, b);
    await showHeld(a);
    await showHeld(b);
    post(CALENDLY.origin, CALENDLY.viewed, windowOf(a));
    post(CALENDLY.origin, CALENDLY.height(1000), windowOf(a));
    await updated(a, b);
    expect(statusOf(a)).to.equal('');
    expect(statusOf(b)).to.equal(LOADING);
    expect(iframeOf(b)!.style.height).to.equal('');
    post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(a));
    expect(completions.events).to.have.length(1);
    expect(completions.from(a)).to.equal(1);
    // The same booking repeated by B's page would be B's: a visitor can book in both.
    post(CALENDLY.origin, CALENDLY.scheduled('EVTB', 'INVB'), windowOf(b));
    expect(completions.from(b)).to.equal(1);
    expect(completions.events).to.have.length(2);
    expect(completions.events[1]!.detail.source === b).to.equal(true);
  });

  it('twenty frames: a booking in the seventh is one event, from the seventh; removed in one task, none hears', async () => {
    const listeners = watchMessageListeners();
    try {
      const parent = holder();
      const frames = Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? makeFrame({ provider: 'cal', account: `clinic-${i}` }, parent)
          : makeFrame({ provider: 'calendly', account: `clinic-${i}` }, parent),
      );
      await updated(...frames);
      for (const el of frames) await showHeld(el);
      expect(listeners.held()).to.equal(20);
      const problems = await problemsDuring(async () => {
        const seventh = frames[6]!;
        post(CALENDLY.origin, CALENDLY.scheduled(), windowOf(seventh));
        post(CAL.origin, CAL.booked(), windowOf(seventh)); // Cal.com's shape, Calendly's frame
        post(CAL.origin, CAL.booked(), windowOf(frames[7]!));
        expect(
          completions.events.map((event) => frames.indexOf(event.detail.source as never)),
        ).to.deep.equal([6, 7]);
        const windows = frames.map(windowOf);
        for (const el of frames) el.remove();
        expect(listeners.held()).to.equal(0);
        for (const source of windows) post(CALENDLY.origin, CALENDLY.scheduled('X', 'Y'), source);
        for (const source of windows) post(CAL.origin, CAL.booked('later'), source);
      });
      expect(problems).to.deep.equal([]);
      expect(completions.events).to.have.length(2);
    } finally {
      listeners.stop();
    }
  });

  it('mounted, moved and removed in one task, over and over: never a frame loaded unasked, never an error', async () => {
    const listeners = watchMessageListeners();
    try {
      const problems = await problemsDuring(async () => {
        const a = holder('fr');
        const view = document.createElement('hostile-frame-view') as HostileFrameView;
        view.dataset['hostileFrame'] = '';
        document.body.append(view);
        for (let round = 0; round < 10; round++) {
          const el = calendly(a);
          view.slotHere.append(el);
          a.append(el);
          el.remove();
          const kept = calendly(round % 2 ? a : view.slotHere);
          (round % 2 ? view.slotHere : a).append(kept);
          await kept.updateComplete;
          expect(present(iframeOf(kept)), 'a frame no one asked for').to.equal(false);
          kept.remove();
        }
        await wait(20);
      });
      expect(problems).to.deep.equal([]);
      expect(listeners.held()).to.equal(0);
    } finally {
      listeners.stop();
    }
  });
});
