/**
 * What the exercise's picture shows at one moment of the run. Pure. A rep in motion plays
 * the figure from its start to its end position at the rep's tempo (and back, when there is
 * no hold to end it); a hold shows the held position; getting ready, resting and switching
 * sides show where to start. Visitors who ask for less motion see the two positions side by
 * side instead of the movement.
 */
import type { Phase } from './schedule.js';
import type { RunStatus } from './timer-machine.js';

import type { PoseName } from './pictures/figure-paths.js';

export type { PoseName };

export type PictureShow =
  /** One position, still. */
  | { readonly kind: 'still'; readonly pose: PoseName }
  /** The start and end positions side by side, for reduced motion. */
  | { readonly kind: 'pair'; readonly from: PoseName; readonly to: PoseName }
  /**
   * The movement: the poses in order over `durationMs`, `atMs` into it, and whether it
   * plays (paused: it stands where the rep is).
   */
  | {
      readonly kind: 'moving';
      readonly poses: readonly PoseName[];
      readonly durationMs: number;
      readonly atMs: number;
      readonly playing: boolean;
    };

export interface PictureMoment {
  readonly status: RunStatus;
  readonly phase: Pick<Phase, 'kind' | 'side' | 'durationMs'>;
  readonly intoPhaseMs: number;
  /** The figure's poses (`figurePoses`), in order of movement. */
  readonly poses: readonly PoseName[];
  /** Whether the exercise holds each rep (a hold phase follows each move). */
  readonly holds: boolean;
  readonly reducedMotion: boolean;
}

/** The end position for a side: the figure's `endOther` for the right side, if it has one. */
export const endFor = (poses: readonly PoseName[], side: Phase['side']): PoseName =>
  side === 'right' && poses.includes('endOther') ? 'endOther' : 'end';

/** What the picture shows now. */
export function pictureShow(moment: PictureMoment): PictureShow {
  const { phase, poses } = moment;
  const end = endFor(poses, phase.side);
  if (phase.kind === 'hold') return { kind: 'still', pose: end };
  if (phase.kind !== 'work') return { kind: 'still', pose: 'start' };
  if (moment.reducedMotion) return { kind: 'pair', from: 'start', to: end };
  // Halfway, where the figure has it: a limb swinging in an arc keeps its length.
  const mid: PoseName = end === 'end' ? 'mid' : 'midOther';
  const there: PoseName[] = poses.includes(mid) ? ['start', mid, end] : ['start', end];
  // A rep with no hold goes there and back in its time; one with a hold goes there.
  const path = moment.holds ? there : [...there, ...there.slice(0, -1).reverse()];
  return {
    kind: 'moving',
    poses: path,
    durationMs: phase.durationMs,
    atMs: Math.min(Math.max(0, moment.intoPhaseMs), phase.durationMs),
    playing: moment.status === 'running',
  };
}
