import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ProviderChannel } from '../../src/booking-button/provider-channel.js';
import type { EmbedMessage } from '../../src/booking-button/provider-embeds.js';
import { resolveBooking, type BookingTarget } from '../../src/booking-button/booking-target.js';
import { browserWorkDuring } from '../shared/browser-work.js';
import { watchMessageListeners } from './message-listeners.js';
import { targetOf } from './provider-cases.js';
import {
  CAL_ORIGIN,
  CAL_REPLY,
  calBooked,
  CALENDLY_ORIGIN,
  calendlyHeight,
  calendlyViewed,
  calMessage,
  scheduled,
} from './provider-messages.js';

const calendly = targetOf(resolveBooking({ provider: 'calendly', account: 'harbour-physio' }));
const cal = targetOf(resolveBooking({ provider: 'cal', account: 'harbour', service: '60min' }));
const acuity = targetOf(resolveBooking({ provider: 'acuity', account: '12345' }));

/** A minimal widget: a channel to its one frame, and what it heard. */
class ChannelHost extends LitElement {
  target: BookingTarget | undefined = calendly;
  heard: EmbedMessage[] = [];
  /** False to render no frame. */
  framed = true;
  readonly channel = new ProviderChannel(
    this,
    () => this.renderRoot.querySelector('iframe'),
    () => this.target,
    (message) => this.heard.push(message),
  );
  private onLoad!: () => void;
  /** The frame's page has loaded (its window is the one that stays). */
  readonly loaded = new Promise<void>((resolve) => (this.onLoad = resolve));

  override render() {
    return this.framed
      ? html`<iframe title="Booking" srcdoc="Booking" @load=${this.onLoad}></iframe>`
      : html``;
  }

  get frameWindow(): Window {
    return this.renderRoot.querySelector('iframe')!.contentWindow!;
  }
}
customElements.define('provider-channel-host', ChannelHost);

/** A host on the page, its frame loaded; with another frame beside it. */
async function page(): Promise<{ host: ChannelHost; other: Window; root: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`
    <div>
      <provider-channel-host></provider-channel-host>
      <iframe title="Another frame" srcdoc="Other"></iframe>
    </div>
  `);
  const host = root.querySelector<ChannelHost>('provider-channel-host')!;
  await host.updateComplete;
  await host.loaded;
  return { host, other: root.querySelector('iframe')!.contentWindow!, root };
}

/** Posts as if from `source` (default: the host's own frame) with `origin`. */
const post = (
  host: ChannelHost,
  origin: string,
  data: unknown,
  source: MessageEventSource | null = host.frameWindow,
) => window.dispatchEvent(new MessageEvent('message', { origin, data, source }));

/** Replaces the frame window's postMessage, recording what the channel posts to it. */
function spyOnFrame(frame: Window): unknown[][] {
  const posted: unknown[][] = [];
  Object.defineProperty(frame, 'postMessage', {
    configurable: true,
    value: (...args: unknown[]) => posted.push(args),
  });
  return posted;
}

/** How many `message` listeners `run` adds to the window, and how many it leaves there. */
async function messageListenersDuring(
  run: () => unknown,
): Promise<{ added: number; left: number }> {
  const watch = watchMessageListeners();
  try {
    await run();
  } finally {
    watch.stop();
  }
  return { added: watch.added, left: watch.live.size };
}

describe('ProviderChannel', () => {
  it('starts nothing when constructed or connected', async () => {
    const work = await browserWorkDuring(async () => {
      const host = document.createElement('provider-channel-host') as ChannelHost;
      host.framed = false;
      document.body.append(host);
      await host.updateComplete;
      host.remove();
    });
    expect(work).to.deep.equal([]);
  });

  it('hears nothing before it starts', async () => {
    const { host } = await page();
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    post(host, CALENDLY_ORIGIN, scheduled());
    expect(host.heard).to.deep.equal([]);
  });

  it("hears the provider's messages from its own frame once started", async () => {
    const { host } = await page();
    host.channel.start();
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    post(host, CALENDLY_ORIGIN, calendlyHeight('1141px'));
    post(host, CALENDLY_ORIGIN, scheduled());
    expect(host.heard).to.deep.equal([
      { kind: 'ready' },
      { kind: 'height', px: 1141 },
      { kind: 'booked', ids: { event: 'GBGBDCAADAEDCRZ2', invitee: 'AAAAAAAAAAAAAAAA' } },
    ]);
  });

  for (const origin of [
    'https://calendly.com.evil.com',
    'http://calendly.com',
    'https://calendly.com/',
    'https://www.calendly.com',
    'https://CALENDLY.com',
    'https://calendly.com:443',
    'https://app.cal.com',
    location.origin,
    'null',
    '',
  ]) {
    it(`hears nothing from origin ${JSON.stringify(origin)}`, async () => {
      const { host } = await page();
      host.channel.start();
      post(host, origin, calendlyViewed);
      post(host, origin, scheduled());
      expect(host.heard).to.deep.equal([]);
    });
  }

  it('hears nothing with the right origin from any window but its own frame', async () => {
    const { host, other } = await page();
    const { host: neighbour } = await page();
    host.channel.start();
    const port = new MessageChannel().port1;
    for (const source of [window, other, neighbour.frameWindow, window.parent, port, null]) {
      post(host, CALENDLY_ORIGIN, calendlyViewed, source);
      post(host, CALENDLY_ORIGIN, scheduled(), source);
    }
    expect(host.heard).to.deep.equal([]);
    port.close();
  });

  it("hears nothing that its own frame really posts: it comes from the page's origin", async () => {
    const { host } = await page();
    host.channel.start();
    const arrived = new Promise<MessageEvent>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.data?.event !== 'calendly.event_scheduled') return;
        window.removeEventListener('message', onMessage);
        resolve(event);
      };
      window.addEventListener('message', onMessage);
    });
    // Posted by a function of the frame's own realm, so that the browser names it the sender.
    const { Function: FrameFunction } = host.frameWindow as unknown as {
      Function: FunctionConstructor;
    };
    new FrameFunction('data', 'parent.postMessage(data, "*")')(scheduled());
    const event = await arrived;
    // Not forged: the browser says it came from the frame.
    expect(event.source).to.equal(host.frameWindow);
    expect(host.heard).to.deep.equal([]);
  });

  it('hears nothing malformed, even from its own frame and the right origin', async () => {
    const { host } = await page();
    host.channel.start();
    for (const data of [
      null,
      undefined,
      'calendly.event_scheduled',
      JSON.stringify(scheduled()),
      { event: 'calendly.event_scheduled' },
      { event: 'calendly.event_scheduled', payload: { event: { uri: 'https://evil.example/x' } } },
      { ...scheduled(), event: 'Calendly.Event_Scheduled' },
      [scheduled()],
      calendlyHeight('12em'),
      calBooked(),
      JSON.parse(`{"__proto__": ${JSON.stringify(scheduled())}}`),
    ]) {
      post(host, CALENDLY_ORIGIN, data);
    }
    expect(host.heard).to.deep.equal([]);
  });

  it('passes a booking on once however often the frame repeats it, and each new one', async () => {
    const { host } = await page();
    host.channel.start();
    post(host, CALENDLY_ORIGIN, scheduled('EVENT1', 'INVITEE1'));
    post(host, CALENDLY_ORIGIN, scheduled('EVENT1', 'INVITEE1'));
    post(host, CALENDLY_ORIGIN, structuredClone(scheduled('EVENT1', 'INVITEE1')));
    post(host, CALENDLY_ORIGIN, scheduled('EVENT2', 'INVITEE2'));
    post(host, CALENDLY_ORIGIN, scheduled('EVENT1', 'INVITEE2'));
    post(host, CALENDLY_ORIGIN, scheduled('EVENT2', 'INVITEE2'));
    expect(host.heard).to.deep.equal([
      { kind: 'booked', ids: { event: 'EVENT1', invitee: 'INVITEE1' } },
      { kind: 'booked', ids: { event: 'EVENT2', invitee: 'INVITEE2' } },
      { kind: 'booked', ids: { event: 'EVENT1', invitee: 'INVITEE2' } },
    ]);
  });

  it('still hears a booking once after a stop and a new start', async () => {
    const { host } = await page();
    host.channel.start();
    post(host, CALENDLY_ORIGIN, scheduled());
    host.channel.stop();
    host.channel.start();
    post(host, CALENDLY_ORIGIN, scheduled());
    expect(host.heard).to.have.length(1);
  });

  it('passes every height and ready on, repeated or not', async () => {
    const { host } = await page();
    host.channel.start();
    post(host, CALENDLY_ORIGIN, calendlyHeight('900px'));
    post(host, CALENDLY_ORIGIN, calendlyHeight('900px'));
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    expect(host.heard.map((message) => message.kind)).to.deep.equal([
      'height',
      'height',
      'ready',
      'ready',
    ]);
  });

  describe('Cal.com', () => {
    it("answers the handshake to its frame at Cal.com's origin only, and passes nothing on", async () => {
      const { host } = await page();
      host.target = cal;
      const posted = spyOnFrame(host.frameWindow);
      host.channel.start();
      post(host, CAL_ORIGIN, calMessage('__iframeReady', { isPrerendering: false }));
      expect(posted).to.deep.equal([[CAL_REPLY, 'https://app.cal.com']]);
      expect(host.heard).to.deep.equal([]);
    });

    it('answers no handshake from another origin or another window', async () => {
      const { host, other } = await page();
      host.target = cal;
      const posted = spyOnFrame(host.frameWindow);
      const postedOther = spyOnFrame(other);
      host.channel.start();
      post(host, 'https://cal.com', calMessage('__iframeReady'));
      post(host, 'https://app.cal.com.evil.com', calMessage('__iframeReady'));
      post(host, CAL_ORIGIN, calMessage('__iframeReady'), other);
      post(host, CAL_ORIGIN, calMessage('__iframeReady'), window);
      expect(posted).to.deep.equal([]);
      expect(postedOther).to.deep.equal([]);
      expect(host.heard).to.deep.equal([]);
    });

    it('answers no handshake before it starts', async () => {
      const { host } = await page();
      host.target = cal;
      const posted = spyOnFrame(host.frameWindow);
      post(host, CAL_ORIGIN, calMessage('__iframeReady'));
      expect(posted).to.deep.equal([]);
    });

    it('hears ready, height, failure and each booking once', async () => {
      const { host } = await page();
      host.target = cal;
      spyOnFrame(host.frameWindow);
      host.channel.start();
      post(host, CAL_ORIGIN, calMessage('__iframeReady'));
      post(host, CAL_ORIGIN, calMessage('linkReady'));
      post(host, CAL_ORIGIN, calMessage('__dimensionChanged', { iframeHeight: 812 }));
      post(host, CAL_ORIGIN, calBooked('booking-1'));
      post(host, CAL_ORIGIN, calBooked('booking-1'));
      post(host, CAL_ORIGIN, calBooked('booking-2'));
      post(host, CAL_ORIGIN, calMessage('linkFailed', { code: '404' }));
      expect(host.heard).to.deep.equal([
        { kind: 'ready' },
        { kind: 'height', px: 812 },
        { kind: 'booked', ids: { booking: 'booking-1', eventType: '1234567' } },
        { kind: 'booked', ids: { booking: 'booking-2', eventType: '1234567' } },
        { kind: 'failed' },
      ]);
    });

    it("hears no Calendly message for Cal.com, and no Cal.com message from Calendly's origin", async () => {
      const { host } = await page();
      host.target = cal;
      host.channel.start();
      post(host, CALENDLY_ORIGIN, scheduled());
      post(host, CAL_ORIGIN, scheduled());
      post(host, CALENDLY_ORIGIN, calBooked());
      expect(host.heard).to.deep.equal([]);
    });
  });

  it('reads each message for the target it has then', async () => {
    const { host } = await page();
    host.channel.start();
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    host.target = cal;
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    post(host, CAL_ORIGIN, calMessage('linkReady'));
    host.target = undefined;
    post(host, CAL_ORIGIN, calMessage('linkReady'));
    expect(host.heard).to.deep.equal([{ kind: 'ready' }, { kind: 'ready' }]);
  });

  it('hears nothing for a provider whose frame has no protocol (Acuity)', async () => {
    const { host } = await page();
    host.target = acuity;
    host.channel.start();
    for (const origin of ['https://app.acuityscheduling.com', CALENDLY_ORIGIN, CAL_ORIGIN]) {
      post(host, origin, scheduled());
      post(host, origin, calMessage('__iframeReady'));
    }
    expect(host.heard).to.deep.equal([]);
  });

  it('hears nothing, and does not throw, while its host has no frame', async () => {
    const { host } = await page();
    host.channel.start();
    const frame = host.frameWindow;
    host.framed = false;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.renderRoot.querySelector('iframe')).to.equal(null);
    post(host, CALENDLY_ORIGIN, calendlyViewed, frame);
    post(host, CALENDLY_ORIGIN, calendlyViewed, null);
    expect(host.heard).to.deep.equal([]);
  });

  it('hears nothing after stop, however often stopped', async () => {
    const { host } = await page();
    host.channel.start();
    host.channel.stop();
    host.channel.stop();
    post(host, CALENDLY_ORIGIN, scheduled());
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    expect(host.heard).to.deep.equal([]);
  });

  it('hears nothing after its host leaves the page, and not when it comes back', async () => {
    const { host, root } = await page();
    host.channel.start();
    const frame = host.frameWindow;
    host.remove();
    post(host, CALENDLY_ORIGIN, calendlyViewed, frame);
    root.append(host);
    await host.updateComplete;
    post(host, CALENDLY_ORIGIN, calendlyViewed);
    expect(host.heard).to.deep.equal([]);
  });

  it('holds one window listener however often started, and lets it go on stop', async () => {
    const { host } = await page();
    const listeners = await messageListenersDuring(() => {
      host.channel.start();
      host.channel.start();
      host.channel.start();
      host.channel.stop();
    });
    expect(listeners).to.deep.equal({ added: 1, left: 0 });
  });

  it('lets its window listener go when its host leaves the page', async () => {
    const { host } = await page();
    const listeners = await messageListenersDuring(() => {
      host.channel.start();
      host.remove();
    });
    expect(listeners).to.deep.equal({ added: 1, left: 0 });
  });
});
