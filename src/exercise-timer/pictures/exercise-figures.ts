/**
 * The line figures of the six built-in exercises, as data: the joints of each pose, drawn
 * for this project. Pure, no DOM; `figure-paths.ts` turns a pose into path strokes.
 *
 * Every figure faces right (head on the right) and is seen from the side, on a floor at
 * `FLOOR_Y`. A pose is the x, y of the joints below, in this order, in viewBox units:
 *
 * | joints | what |
 * | --- | --- |
 * | 0 | centre of the head |
 * | 1-4 | spine: shoulder, two curve controls, hip (a cubic curve, so a back can round) |
 * | 5-7 | near arm: elbow, wrist, fingertips (from the shoulder) |
 * | 8-10 | far arm: elbow, wrist, fingertips |
 * | 11-13 | near leg: knee, ankle, toes (from the hip) |
 * | 14-16 | far leg: knee, ankle, toes |
 *
 * Sides: on all fours facing right the near side is the right side; lying on the back
 * with the head on the right it is the left side. So bird-dog's `end` (left arm, right leg)
 * reaches with the far arm and the near leg, and dead-bug's `end` with the near arm and the
 * far leg; `endOther` is the other pair.
 *
 * Poses: `start` is where a repetition begins and `end` where it goes (cat-cow: `start` is
 * cow, `end` is cat); `mid` (and `midOther`) is halfway there, for a limb that swings in an
 * arc. Bone lengths are the same in every pose of a figure.
 */
import type { BuiltInExerciseId } from '../exercise-names.js';

/** The viewBox's width and height, the same for every figure. */
export const VIEW_WIDTH = 140;
export const VIEW_HEIGHT = 56;
/** The floor's y, drawn the full width but for a margin. */
export const FLOOR_Y = 52;
/** The head's radius: about a seventh of the figure's height standing. */
export const HEAD_RADIUS = 7;

/** 17 joints as 34 numbers: x0, y0, x1, y1, … (see the table above). */
export type Joints = readonly number[];

export interface FigureJoints {
  /**
   * Which way the front of the body (and so the face) turns: `down` on all fours and lying
   * face down, `up` lying on the back. Without it a figure lying flat reads either way.
   */
  readonly front: 'down' | 'up';
  readonly start: Joints;
  /** Between start and end, for a limb that swings far (straight-line morphs shorten it). */
  readonly mid?: Joints;
  readonly end: Joints;
  /** Between start and the other side's end, as `mid` is for `end`. */
  readonly midOther?: Joints;
  /** The other side's end, for the exercises that alternate sides. */
  readonly endOther?: Joints;
}

// One pose a line, grouped: head; spine; near arm; far arm; near leg; far leg.
// prettier-ignore
export const FIGURES: Readonly<Record<BuiltInExerciseId, FigureJoints>> = {
  'cat-cow': {
    front: 'down',
    start:    [104, 11,  95, 18, 87, 31, 77, 33, 64, 24,  95, 34, 95, 49, 100, 50,  97, 34, 98, 49, 103, 50,  64, 50, 39, 49, 31, 50,  67, 50, 42, 49, 34, 50],
    end:      [98, 29,  95, 18, 83, 8, 72, 10, 64, 24,  95, 34, 95, 49, 100, 50,  97, 34, 98, 49, 103, 50,  64, 50, 39, 49, 31, 50,  67, 50, 42, 49, 34, 50],
  },
  'bird-dog': {
    front: 'down',
    start:    [99, 24,  89, 18, 79, 18, 68, 20, 58, 24,  89, 34, 89, 49, 94, 50,  91, 34, 92, 49, 97, 50,  58, 50, 33, 49, 25, 50,  61, 50, 36, 49, 28, 50],
    mid:      [99, 24,  89, 18, 79, 18, 68, 20, 58, 24,  89, 34, 89, 49, 94, 50,  101.7, 27.9, 113.5, 37.1, 118.5, 38.1,  39.6, 42.4, 15.1, 37.4, 9.1, 42.4,  61, 50, 36, 49, 28, 50],
    end:      [99, 24,  89, 18, 79, 18, 68, 20, 58, 24,  89, 34, 89, 49, 94, 50,  105, 16, 120, 14, 125, 13,  32, 24, 7, 25, 4, 32,  61, 50, 36, 49, 28, 50],
    midOther: [99, 24,  89, 18, 79, 18, 68, 20, 58, 24,  101.7, 27.9, 113.5, 37.1, 118.5, 38.1,  91, 34, 92, 49, 97, 50,  58, 50, 33, 49, 25, 50,  39.6, 42.4, 15.1, 37.4, 9.1, 42.4],
    endOther: [99, 24,  89, 18, 79, 18, 68, 20, 58, 24,  105, 16, 120, 14, 125, 13,  91, 34, 92, 49, 97, 50,  58, 50, 33, 49, 25, 50,  32, 24, 7, 25, 4, 32],
  },
  'bridge': {
    front: 'up',
    start:    [110, 43,  100, 49, 89, 49, 79, 49, 68, 49,  84, 49, 69, 49, 64, 49,  84, 50, 69, 50, 64, 50,  50, 30, 34, 49, 26, 49,  52, 29, 37, 49, 29, 49],
    end:      [110, 43,  100, 49, 90, 45, 80, 41, 70, 37,  84, 49, 69, 49, 64, 49,  84, 50, 69, 50, 64, 50,  46, 27, 34, 49, 26, 49,  47, 26, 37, 49, 29, 49],
  },
  'superman': {
    front: 'down',
    start:    [110, 43,  100, 49, 89, 49, 79, 49, 68, 49,  116, 49, 131, 49, 136, 49,  116, 49, 131, 48, 136, 48,  42, 49, 17, 49, 9, 49,  42, 48, 17, 48, 9, 47],
    end:      [108, 34,  99, 42, 89, 45, 78, 47, 68, 49,  115, 37, 129, 33, 134, 31,  114, 37, 129, 32, 133, 30,  42, 45, 18, 41, 10, 40,  42, 44, 18, 40, 10, 38],
  },
  'dead-bug': {
    front: 'up',
    start:    [110, 43,  100, 49, 89, 49, 79, 49, 68, 49,  100, 33, 100, 18, 100, 13,  101, 33, 103, 18, 103, 13,  68, 23, 43, 23, 42, 15,  70, 23, 45, 23, 45, 15],
    mid:      [110, 43,  100, 49, 89, 49, 79, 49, 68, 49,  109.4, 36, 118.1, 23.9, 121.1, 19.8,  101, 33, 103, 18, 103, 13,  68, 23, 43, 23, 42, 15,  52.4, 28.2, 27.6, 25.2, 27.1, 17.7],
    end:      [110, 43,  100, 49, 89, 49, 79, 49, 68, 49,  115, 44, 129, 39, 134, 38,  101, 33, 103, 18, 103, 13,  68, 23, 43, 23, 42, 15,  43, 44, 18, 38, 17, 31],
    midOther: [110, 43,  100, 49, 89, 49, 79, 49, 68, 49,  100, 33, 100, 18, 100, 13,  109.4, 36, 118.1, 23.9, 121.1, 19.8,  51.5, 28.9, 26.7, 25.9, 26.2, 18.4,  70, 23, 45, 23, 45, 15],
    endOther: [110, 43,  100, 49, 89, 49, 79, 49, 68, 49,  100, 33, 100, 18, 100, 13,  115, 44, 129, 39, 134, 38,  43, 44, 18, 38, 17, 31,  70, 23, 45, 23, 45, 15],
  },
  'pelvic-tilt': {
    front: 'up',
    start:    [110, 43,  100, 49, 89, 50, 79, 35, 68, 49,  84, 49, 69, 49, 64, 49,  84, 50, 69, 50, 64, 50,  50, 30, 34, 49, 26, 49,  52, 29, 37, 49, 29, 49],
    end:      [110, 43,  100, 49, 90, 49, 79, 49, 69, 48,  84, 49, 69, 49, 64, 49,  84, 50, 69, 50, 64, 50,  50, 30, 34, 49, 26, 49,  51, 28, 37, 49, 29, 49],
  },
};
