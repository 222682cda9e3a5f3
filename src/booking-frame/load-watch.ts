import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Says when a framed page has not reported itself ready in time: framing refused, storage
 * blocked, a slow or broken network. One timer, from `start` until `stop` or until the host
 * leaves the page.
 */
export class LoadWatch implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onLate: () => void,
  ) {
    host.addController(this);
  }

  /** Waits `ms` for `stop`, then calls `onLate`. Starting again restarts the wait. */
  start(ms: number): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onLate();
    }, ms);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
