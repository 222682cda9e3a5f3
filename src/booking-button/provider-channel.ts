import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingTarget } from './booking-target.js';
import { framingOf, readEmbedMessage, type EmbedMessage } from './provider-embeds.js';

/**
 * Listens to one provider frame of one widget (the popup's, or `<knead-booking-frame>`'s),
 * and hears a message only when all three hold: it comes from that widget's own iframe
 * (`event.source`), from the provider's exact origin, and in the provider's documented
 * shape. Cal.com's embed, by contrast, accepts messages from any origin and posts to `"*"`;
 * the safe pattern: https://developer.mozilla.org/docs/Web/API/Window/postMessage#security_concerns
 *
 * Answers the provider's handshake itself, to the provider's origin only, and passes each
 * booking on once however often the frame repeats it. Listens from `start` until `stop`
 * or until its host leaves the page.
 */
export class ProviderChannel implements ReactiveController {
  private listening = false;
  /** The bookings already passed on, by their ids, so that a repeated message is heard once. */
  private readonly heard = new Set<string>();

  constructor(
    host: ReactiveControllerHost,
    private readonly frame: () => HTMLIFrameElement | null | undefined,
    private readonly target: () => BookingTarget | undefined,
    private readonly onMessage: (message: EmbedMessage) => void,
  ) {
    host.addController(this);
  }

  /** Starts listening (again: a booking heard before is still heard once). */
  start(): void {
    if (this.listening) return;
    this.listening = true;
    window.addEventListener('message', this.listen);
  }

  stop(): void {
    if (!this.listening) return;
    this.listening = false;
    window.removeEventListener('message', this.listen);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private readonly listen = (event: MessageEvent): void => {
    const frame = this.frame()?.contentWindow;
    if (!frame || event.source !== frame) return;
    const target = this.target();
    let message: EmbedMessage | undefined;
    try {
      message = readEmbedMessage(target, event.origin, event.data);
    } catch {
      // Data no provider posts (a getter that throws, a revoked proxy): a script on this
      // page made it; it is not a message.
      return;
    }
    if (!message) return;
    if (message.kind === 'handshake') {
      const embed = framingOf(target)?.embed;
      if (embed?.reply) frame.postMessage(embed.reply, embed.origin);
      return;
    }
    if (message.kind === 'booked') {
      const key = JSON.stringify(Object.entries(message.ids).sort());
      if (this.heard.has(key)) return;
      this.heard.add(key);
    }
    this.onMessage(message);
  };
}
