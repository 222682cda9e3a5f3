import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host has light-DOM children for a named slot, kept current: it asks for an
 * update whenever the host's children change (a framework may add slotted content after the
 * first render, or while the host is off the page), so optional parts can render only when
 * there is something for them. Like Shoelace's `HasSlotController`. Observes only while the
 * host is connected; constructing it does no browser work, so the host can be constructed on
 * a server.
 */
export class ChildWatcher implements ReactiveController {
  private observer?: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** True when a child of the host is assigned to the slot with this name. */
  has(slot: string): boolean {
    // A server's element shim has no querySelector: no light DOM there to look at.
    return !!this.host.querySelector?.(`:scope > [slot="${slot}"]`);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true });
    // Unwatched while it was off the page: its children may have changed meanwhile.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
