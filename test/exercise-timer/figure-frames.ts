/**
 * Watching a moving exercise figure from a test: the strokes the stage's moving figure draws
 * now, what a movement should draw at a moment, and the animation frames asked for and not
 * yet run (a movement that plays always has one waiting; one that stands still or has
 * stopped has none).
 */
import { figureStrokesAt, type PoseName } from '../../src/exercise-timer/pictures/figure-paths.js';
import type { Timer } from '../harness/exercise-timer.js';

/** The `d` of each stroke of the stage's moving figure now, or null when none moves. */
export function movingStrokes(el: Timer): (string | null)[] | null {
  const svg = el.shadowRoot?.querySelector('svg.figure.moving');
  return svg ? [...svg.querySelectorAll('path')].map((path) => path.getAttribute('d')) : null;
}

/** What a movement through `poses` draws `atMs` into a rep of `durationMs`. */
export const strokesAt = (id: string, poses: PoseName[], atMs: number, durationMs: number) =>
  figureStrokesAt(id, poses, atMs / durationMs)!.map((stroke) => stroke.d);

/** Counts the animation frames asked for from now on that have not run or been cancelled. */
export function recordFrames() {
  const request = window.requestAnimationFrame;
  const cancel = window.cancelAnimationFrame;
  const waiting = new Set<number>();
  window.requestAnimationFrame = (callback) => {
    const id = request.call(window, (time) => {
      waiting.delete(id);
      callback(time);
    });
    waiting.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    waiting.delete(id);
    cancel.call(window, id);
  };
  return {
    /** Frames asked for and still to come: one for each movement that plays. */
    waiting: () => waiting.size,
    /** The next frame, not counted (the test's own wait). */
    nextFrame: () => new Promise<number>((resolve) => request.call(window, resolve)),
    restore: () => {
      window.requestAnimationFrame = request;
      window.cancelAnimationFrame = cancel;
    },
  };
}
