/**
 * The built-in exercises' line figures as SVG path strokes: pure, no DOM. Every pose of a
 * figure has the same strokes in the same order with the same path commands, so a pose can
 * morph into the next by animating each path's `d`.
 *
 * Strokes, in drawing order: floor, far arm, far leg, body (neck and spine), head, near
 * leg, near arm. Limbs are `M x y L x y L x y L x y` (shoulder or hip, elbow or knee, wrist
 * or ankle, fingertips or toes); the body is `M x y L x y C x y x y x y` (neck, shoulder,
 * spine curve to the hip); the head is a circle drawn as two arcs, then a short nose stroke
 * `M x y L x y` that shows which way the face turns.
 */
import {
  FIGURES,
  FLOOR_Y,
  HEAD_RADIUS,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  type FigureJoints,
  type Joints,
} from './exercise-figures.js';

export type PoseName = 'start' | 'mid' | 'end' | 'midOther' | 'endOther';
export type StrokeKind = 'body' | 'far' | 'floor' | 'head';
export interface Stroke {
  readonly kind: StrokeKind;
  readonly d: string;
}

/** The figure's viewBox, the same for every figure: '0 0 W H'. */
export const FIGURE_VIEW_BOX = `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`;

const POSES: readonly PoseName[] = ['start', 'mid', 'end', 'midOther', 'endOther'];
const FLOOR: Stroke = { kind: 'floor', d: `M2 ${FLOOR_Y}L${VIEW_WIDTH - 2} ${FLOOR_Y}` };

function figure(id: string): FigureJoints | undefined {
  return Object.hasOwn(FIGURES, id) ? FIGURES[id as keyof typeof FIGURES] : undefined;
}

/** Ids that have a figure (the six built-in exercises). */
export function hasFigure(id: string): boolean {
  return figure(id) !== undefined;
}

/** The poses this figure has, in order of movement: start, then mid and end, then the other side's. */
export function figurePoses(id: string): readonly PoseName[] {
  const poses = figure(id);
  return poses ? POSES.filter((pose) => Object.hasOwn(poses, pose)) : [];
}

/** A number with at most one decimal, as short as it goes. */
const num = (value: number): number => Math.round(value * 10) / 10 || 0;

/** The strokes of one pose; undefined for an unknown id or a pose the figure lacks. */
export function figureStrokes(id: string, pose: PoseName): readonly Stroke[] | undefined {
  const poses = figure(id);
  if (!poses || !POSES.includes(pose) || !Object.hasOwn(poses, pose)) return undefined;
  const joints: Joints = poses[pose]!;
  const at = (joint: number): string => `${num(joints[2 * joint])} ${num(joints[2 * joint + 1])}`;
  /** A polyline from `from` through the joints `first` … `first + 2`. */
  const limb = (kind: StrokeKind, from: number, first: number): Stroke => ({
    kind,
    d: `M${at(from)}L${at(first)}L${at(first + 1)}L${at(first + 2)}`,
  });
  const [hx, hy, sx, sy] = joints;
  const r = HEAD_RADIUS;
  // The neck leaves the head's edge towards the shoulder.
  const neckLength = Math.hypot(sx - hx, sy - hy) || 1;
  const [ux, uy] = [(hx - sx) / neckLength, (hy - sy) / neckLength];
  const neck = `${num(hx - ux * r)} ${num(hy - uy * r)}`;
  // The nose points halfway between straight on from the neck and the body's front.
  const turn = poses.front === 'down' ? 1 : -1;
  const [nx, ny] = [(ux - turn * uy) / Math.SQRT2, (uy + turn * ux) / Math.SQRT2];
  const nose = (out: number) => `${num(hx + nx * out)} ${num(hy + ny * out)}`;
  return [
    FLOOR,
    limb('far', 1, 8),
    limb('far', 4, 14),
    { kind: 'body', d: `M${neck}L${at(1)}C${at(2)} ${at(3)} ${at(4)}` },
    {
      kind: 'head',
      d: `M${num(hx - r)} ${num(hy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0M${nose(r)}L${nose(r + 3)}`,
    },
    limb('body', 4, 11),
    limb('body', 1, 5),
  ];
}
