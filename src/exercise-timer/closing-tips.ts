/**
 * The self-care tips on the timer's closing screen: the moments `closing-tips` names
 * (`after-exercise` when it names none; `none`: no tips), checked against the tips' own
 * moments. Unknown moments are named in the console under `closing-tips` and left out, so
 * the page hears of the attribute it wrote, not of an element inside the timer. The tips'
 * moments (and, with them, their element) load the first time a routine ends.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asText } from '../shared/as-text.js';
import { listInMessage } from '../shared/log.js';
import type { RunStatus } from './timer-machine.js';

/** The moments a timer's closing screen shows when `closing-tips` names none. */
export const CLOSING_DEFAULT = 'after-exercise';

interface ClosingHost extends ReactiveControllerHost {
  readonly closingTips: unknown;
  readonly status: RunStatus;
}

export class ClosingTips implements ReactiveController {
  /** The closing screen's tips (`when` of `<knead-self-care-tips>`); undefined: none yet. */
  when?: string | undefined;
  /** Checking the value, while it lasts. */
  checking?: Promise<void> | undefined;
  /** The value last checked. */
  private read?: string;

  constructor(
    private readonly host: ClosingHost,
    private readonly report: (value: unknown, problem: string) => void,
    /** Loads and registers `<knead-self-care-tips>` (the element's to do). */
    private readonly loadTips: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.status !== 'done') return;
    const given = asText(this.host.closingTips).trim();
    if (given === this.read) return;
    this.read = given;
    if (given.toLowerCase() === 'none') {
      this.when = undefined;
      return;
    }
    const value = this.host.closingTips;
    this.checking = Promise.all([import('../self-care-tips/tip-choice.js'), this.loadTips()]).then(
      ([{ momentsIn }]) => {
        const { moments, unknown } = momentsIn(given);
        if (unknown.length)
          this.report(
            value,
            `unknown moments ${listInMessage(unknown)}; showing ${moments.join(' ') || CLOSING_DEFAULT}`,
          );
        this.when = moments.join(' ') || CLOSING_DEFAULT;
        this.checking = undefined;
        this.host.requestUpdate();
      },
      // Offline or blocked: the closing message stands alone.
      () => (this.checking = undefined),
    );
  }
}
