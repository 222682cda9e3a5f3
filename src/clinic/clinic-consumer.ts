import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clinicContext, type ClinicSettings } from './clinic-context.js';

const TAG = 'knead-clinic';

/** Widgets waiting for `<knead-clinic>` to be defined: checked again when it is, or when the page changes. */
const waiting = new Set<ClinicConsumer>();
const recheck = () => waiting.forEach((consumer) => consumer.check());
let watcher: MutationObserver | undefined;

function watch(consumer: ClinicConsumer, on: boolean): void {
  waiting[on ? 'add' : 'delete'](consumer);
  if (!on || watcher) return;
  // The clinic a widget waits for may also leave, or stop being a page clinic, undefined.
  // Watched from the first wait until the tag is defined; after that nothing waits again.
  watcher = new MutationObserver(recheck);
  watcher.observe(document, { childList: true, subtree: true, attributeFilter: ['page'] });
  void customElements.whenDefined(TAG).then(() => {
    watcher!.disconnect();
    recheck();
  });
}

/** The parent in the composed tree: out of a shadow root, its host. */
const parentOf = (element: Element): Element | undefined =>
  element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host;

/**
 * What every knead widget needs from its clinic, in one place: the nearest
 * `<knead-clinic>`'s settings (or the page clinic's), kept up to date; a calm wait while
 * that clinic is on the page but not defined yet (a tag manager, or scripts loading in
 * another order), so the widget neither shows an error nor logs one meanwhile; and the
 * clinic's `theme`, as a custom state (`:state(theme-dark)`, see shared/theme-styles.ts)
 * rather than an attribute the page did not write. A widget's own `theme` wins; a widget
 * inside another knead widget follows that one by inheritance.
 */
export class ClinicConsumer implements ReactiveController {
  /**
   * A `<knead-clinic>` that would serve the widget is on the page but not defined yet: show
   * something calm and report nothing; the widget updates when it is defined, or gone.
   */
  waiting = false;
  private value?: ClinicSettings | undefined;
  private nested = false;
  private theme?: string | undefined;
  private states?: CustomStateSet;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    new ContextConsumer(host, {
      context: clinicContext,
      subscribe: true,
      callback: (value) => (this.value = value),
    });
  }

  /** The clinic's settings; undefined with no clinic, and while `waiting`. */
  get settings(): ClinicSettings | undefined {
    return this.waiting ? undefined : this.value;
  }

  hostConnected(): void {
    // Its clinic is asked afresh (by the ContextConsumer, next): moved out of a clinic to
    // where none serves it, a widget must not keep the settings of the one it left.
    if (this.value) {
      this.value = undefined;
      this.host.requestUpdate();
    }
    this.check();
  }

  /** Whether a clinic that would serve the widget is on the page but not defined yet. */
  check(): void {
    let clinic: Element | undefined;
    let nested = false;
    for (let element = parentOf(this.host); element && !clinic; element = parentOf(element)) {
      if (element.localName === TAG) clinic = element;
      else nested ||= element.localName.startsWith('knead-');
    }
    this.nested = nested;
    const waiting = clinic
      ? !clinic.matches(':defined')
      : !!document.querySelector(`${TAG}[page]:not(:defined)`);
    watch(this, waiting);
    if (waiting === this.waiting) return;
    this.waiting = waiting;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    watch(this, false);
  }

  hostUpdate(): void {
    const theme = this.nested ? undefined : this.settings?.theme;
    if (theme === this.theme) return;
    try {
      const states = (this.states ??= this.host.attachInternals().states);
      states.clear();
      if (theme) states.add(`theme-${theme}`);
      this.theme = theme;
    } catch {
      // No custom states in this browser: the widget keeps the page's colours.
    }
  }
}
