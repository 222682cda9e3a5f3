import type { ReactiveController, ReactiveElement } from 'lit';
import { msUntilDisplayChange, type TimerState } from './timer-machine.js';
import type { Clock } from './clock.js';
import type { ScreenLock } from './wake-lock.js';

export interface TickerOptions {
  /** The state the host shows after an update; undefined while it has no routine. */
  readonly state: () => TimerState | undefined;
  /** Reads the clock and updates the host's view. */
  readonly tick: () => void;
}

/**
 * Keeps a running timer's screen in step with the clock, and the screen on. After every
 * update it plans one wake for the moment the shown seconds next change (nothing while
 * idle, paused or done), holds the Screen Wake Lock while running and lets it go otherwise.
 * A page coming back into view reads the clock at once: hidden tabs get few timer
 * callbacks (https://developer.mozilla.org/en-US/docs/Web/API/Window/setTimeout#timeouts_in_inactive_tabs),
 * and the browser drops the wake lock while hidden
 * (https://developer.mozilla.org/en-US/docs/Web/API/Screen_Wake_Lock_API), so it is asked
 * for again. Leaving the page stops it all.
 */
export class TimerTicker implements ReactiveController {
  private timeout?: unknown;

  constructor(
    private readonly host: ReactiveElement,
    private readonly adapters: () => { readonly clock: Clock; readonly wakeLock: ScreenLock },
    private readonly options: TickerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    // Moved in the page (disconnected and connected in one go): plan again.
    if (this.host.hasUpdated) this.options.tick();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
    this.adapters().wakeLock.release();
  }

  hostUpdated(): void {
    this.stop();
    const state = this.options.state();
    const lock = this.adapters().wakeLock;
    if (state?.status !== 'running' || !this.host.isConnected) return lock.release();
    if (document.visibilityState !== 'hidden') lock.request();
    this.timeout = this.adapters().clock.setTimeout(this.options.tick, msUntilDisplayChange(state));
  }

  private stop(): void {
    if (this.timeout === undefined) return;
    this.adapters().clock.clearTimeout(this.timeout);
    this.timeout = undefined;
  }

  private onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.options.tick();
  };
}
