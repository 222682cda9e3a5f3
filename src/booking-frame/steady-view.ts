import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `change` (which may make `element` taller or shorter) without moving what the
 * visitor is reading. When the element lies wholly above the viewport, a change of its
 * height would shift everything in view; browsers with scroll anchoring hold the view still
 * themselves (https://drafts.csswg.org/css-scroll-anchoring/), Safari does not
 * (https://caniuse.com/css-overflow-anchor), so the page is scrolled by whatever shift is
 * left after the browser's own correction: none where anchoring worked.
 */
export function holdingView(element: Element, change: () => void): void {
  const before = element.getBoundingClientRect().bottom;
  change();
  holdStill(element, before);
}

function holdStill(element: Element, before: number | undefined): void {
  if (before === undefined || before > 0) return;
  const shift = element.getBoundingClientRect().bottom - before;
  if (shift) window.scrollBy(0, shift);
}

/**
 * Holds the view still across each of its host's renders (a status line that comes or
 * goes, a frame shown or hidden), as `holdingView` does for one change.
 */
export class SteadyView implements ReactiveController {
  private bottom: number | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.bottom = this.host.isConnected ? this.host.getBoundingClientRect().bottom : undefined;
  }

  hostUpdated(): void {
    holdStill(this.host, this.bottom);
  }
}
