/**
 * The browser side of the exercise pictures: it loads them with the printed routine (their
 * own chunk, fetched when a timer connects, never before) and adds their styles to the
 * timer's shadow root, follows the visitor's reduced-motion setting, and plays a rep's
 * movement: once an animation frame it redraws the figure where the run's clock says the
 * rep is, so it never drifts from the timer and stands still when the run is paused.
 *
 * Frames redraw the strokes' `d` attributes rather than animating the CSS `d` property:
 * Safari parses that property but draws nothing of it
 * (https://developer.mozilla.org/docs/Web/CSS/d#browser_compatibility), so an iPhone would
 * show a figure that never moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PictureShow } from './picture-plan.js';
import type * as PicturesView from './pictures/pictures-view.js';

/** The pictures' chunk: templates, figures and styles. */
export type Pictures = typeof PicturesView;

const LESS_MOTION = '(prefers-reduced-motion: reduce)';
/** The longest `updateComplete` waits for the pictures: a stalled download never holds it. */
const WAIT_MS = 2000;

/** A rep's movement as the last update saw it: where it was, on the clock, and then. */
interface Movement {
  readonly id: string;
  readonly show: PictureShow & { kind: 'moving' };
  readonly svg: SVGSVGElement;
  /** The clock's time when the rep was at `show.atMs`. */
  readonly since: number;
}

export class PictureController implements ReactiveController {
  /** The pictures' chunk, once loaded; undefined before (or when it failed to load). */
  module?: Pictures | undefined;
  reducedMotion = false;
  /** The chunk's loading, once asked for. */
  loading?: Promise<void> | undefined;
  /** The loading `ready` waits for, and its bounded wait. */
  private waiting?: [Promise<void>, Promise<void>] | undefined;
  /** A print asked for while the chunk loads: one, however often the visitor presses. */
  private waitingPrint?: Promise<void> | undefined;
  private media?: MediaQueryList | undefined;
  private movement?: Movement | undefined;
  /** The animation frame asked for, while a movement plays. */
  private frame = 0;
  /** What the next update shows, as `show` left it. */
  private wanted?: { id: string; show: PictureShow } | undefined;

  /**
   * `look`: updates the host at the clock's moment (the timer's tick), so a movement started
   * by new pictures or a new motion setting starts where the rep is, not where the last tick
   * left it.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly look: () => void,
    /** Loads the pictures' chunk (the element's to do: a controller loads no views). */
    private readonly load: () => Promise<Pictures>,
    /** The run's clock, in milliseconds. */
    private readonly now: () => number,
    /** The clock's time the host's view shows (a tick's, not an update's between ticks). */
    private readonly shown: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = globalThis.matchMedia?.(LESS_MOTION);
    this.reducedMotion = this.media?.matches ?? false;
    this.media?.addEventListener('change', this.onMotionChange);
    this.loading ??= this.load().then(
      (module) => {
        const root = this.host.shadowRoot;
        const sheet = module.paperStyles.styleSheet;
        if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.module = module;
        this.look();
      },
      // Offline or blocked: the steps still say it all.
      () => undefined,
    );
  }

  /** The pictures' loading, for `updateComplete`: at most WAIT_MS (the same promise each time). */
  get ready(): Promise<void> | undefined {
    const { loading } = this;
    if (loading && this.waiting?.[0] !== loading)
      this.waiting = [
        loading,
        Promise.race([loading, new Promise<void>((r) => setTimeout(r, WAIT_MS))]),
      ];
    return this.waiting?.[1];
  }

  /**
   * Prints the routine's handout (its template and printer come with the pictures): once
   * they are here; without them (blocked), the timer's screen as it is.
   */
  print(openPrintDialog: () => void): Promise<void> {
    return (this.waitingPrint ??= Promise.resolve(this.loading).then(() => {
      this.waitingPrint = undefined;
      if (!this.host.isConnected) return;
      if (this.module) this.module.printRoutine(this.host, openPrintDialog);
      else openPrintDialog();
    }));
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onMotionChange);
    this.stop();
  }

  /** Asks the next update to play `show` for the figure of exercise `id`. */
  show(id: string, show: PictureShow | undefined): void {
    this.wanted = show && { id, show };
  }

  /** Before each render: nothing is asked until the stage's picture asks again. */
  hostUpdate(): void {
    this.wanted = undefined;
  }

  hostUpdated(): void {
    const { wanted } = this;
    const svg = this.host.shadowRoot?.querySelector<SVGSVGElement>('svg.figure.moving');
    // An update still due when the timer left the page starts nothing there.
    if (wanted?.show.kind !== 'moving' || !svg || !this.module || !this.host.isConnected)
      return this.stop();
    // `atMs` is where the rep was at the view's moment: an update between ticks (Beeps
    // ticked) must not set the figure back to the last tick.
    this.movement = { id: wanted.id, show: wanted.show, svg, since: this.shown() };
    this.draw();
  }

  /** Draws the figure where the rep is now, and asks for the next frame while it plays. */
  private draw = (): void => {
    const { movement, module } = this;
    if (!movement || !module) return;
    const { id, show, svg, since } = movement;
    const at = show.atMs + (show.playing ? this.now() - since : 0);
    const strokes = module.figureStrokesAt(id, show.poses, at / show.durationMs) ?? [];
    svg.querySelectorAll('path').forEach((path, index) => {
      const d = strokes[index]?.d;
      if (d && path.getAttribute('d') !== d) path.setAttribute('d', d);
    });
    cancelAnimationFrame(this.frame);
    if (show.playing) this.frame = requestAnimationFrame(this.draw);
  };

  private stop(): void {
    cancelAnimationFrame(this.frame);
    this.movement = undefined;
  }

  private onMotionChange = (): void => {
    this.reducedMotion = this.media?.matches ?? false;
    this.look();
  };
}
