import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest delay `setTimeout` keeps: https://developer.mozilla.org/docs/Web/API/Window/setTimeout#maximum_delay_value */
const MAX_DELAY = 2 ** 31 - 1;

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

  /**
   * Waits `ms` for `stop`, then calls `onLate`; a wait longer than a timer can hold
   * (2^31 − 1 ms, about 25 days; `setTimeout` would fire at once) never ends. Starting
   * again restarts the wait.
   */
  start(ms: number): void {
    this.stop();
    if (!(ms < MAX_DELAY)) return;
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
