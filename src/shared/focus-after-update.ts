import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus inside the host's shadow root once the next update has rendered: to the new
 * screen's heading, or off a control that an update hid or gave another meaning (a focused
 * element removed from the page drops focus to the page's top).
 */
export class FocusAfterUpdate implements ReactiveController {
  private selector?: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Focuses the first element matching `selector` after the next update (and asks for one). */
  request(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }

  /** Forgets a request not carried out yet. */
  cancel(): void {
    this.selector = undefined;
  }

  hostUpdated(): void {
    const selector = this.selector;
    if (!selector) return;
    this.selector = undefined;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
