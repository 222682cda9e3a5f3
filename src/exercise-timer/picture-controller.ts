/**
 * The browser side of the exercise pictures: it loads them with the printed routine (their
 * own chunk, fetched when a timer connects, never before) and adds their styles to the
 * timer's shadow root, follows the visitor's reduced-motion setting, and plays a rep's
 * movement by morphing each stroke's `d` with the Web Animations API: set to where the
 * run's clock says the rep is at every update, so it never drifts from the timer. Where a
 * browser cannot animate `d`, the figure stays in its start position.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PictureShow } from './picture-plan.js';
import type * as PicturesView from './pictures/pictures-view.js';

/** The pictures' chunk: templates, figures and styles. */
export type Pictures = typeof PicturesView;

const LESS_MOTION = '(prefers-reduced-motion: reduce)';
/** How far a playing movement may stray from the clock before it is set again. */
const DRIFT_MS = 120;
/** The longest `updateComplete` waits for the pictures: a stalled download never holds it. */
const WAIT_MS = 2000;

interface Movement {
  readonly key: string;
  readonly animations: readonly Animation[];
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
  /** What the next update shows, as `show` left it. */
  private wanted?: { key: string; id: string; show: PictureShow } | undefined;

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

  /** Asks the next update to play `show` for the figure of exercise `id`; `key` names the rep. */
  show(key: string, id: string, show: PictureShow | undefined): void {
    this.wanted = show && { key, id, show };
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
    const { key, id, show } = wanted;
    if (this.movement?.key !== key) this.start(key, id, show, svg);
    for (const animation of this.movement?.animations ?? []) {
      if (Math.abs(Number(animation.currentTime ?? 0) - show.atMs) > DRIFT_MS)
        animation.currentTime = show.atMs;
      if (show.playing) animation.play();
      else animation.pause();
    }
  }

  private start(
    key: string,
    id: string,
    show: PictureShow & { kind: 'moving' },
    svg: SVGSVGElement,
  ): void {
    this.stop();
    const { figureStrokes } = this.module!;
    const poses = show.poses.map((pose) => figureStrokes(id, pose) ?? []);
    const animations: Animation[] = [];
    svg.querySelectorAll('path').forEach((path, index) => {
      // Eased between each two positions, as a body slows at either end of a movement.
      const frames = poses.map((strokes) => ({
        d: `path("${strokes[index]?.d ?? ''}")`,
        easing: 'ease-in-out',
      }));
      try {
        animations.push(path.animate(frames, { duration: show.durationMs, fill: 'both' }));
      } catch {
        // A browser that cannot animate `d` keeps the still figure.
      }
    });
    this.movement = { key, animations };
  }

  private stop(): void {
    for (const animation of this.movement?.animations ?? []) animation.cancel();
    this.movement = undefined;
  }

  private onMotionChange = (): void => {
    this.reducedMotion = this.media?.matches ?? false;
    this.look();
  };
}
