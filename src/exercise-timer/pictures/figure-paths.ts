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
  return figureStrokesAt(id, [pose], 0);
}

/**
 * The strokes `fraction` (0 to 1) of the way through a movement from pose to pose, each leg
 * eased in and out as a body slows at either end of a movement; undefined for an unknown id
 * or a pose the figure lacks. The joints move, not the path data, so bones keep their length
 * (near enough, with a `mid` pose for a limb that swings far) and the nose turns with the head.
 */
export function figureStrokesAt(
  id: string,
  poses: readonly PoseName[],
  fraction: number,
): readonly Stroke[] | undefined {
  const found = figure(id);
  const all = poses.map((pose) =>
    found && POSES.includes(pose) && Object.hasOwn(found, pose) ? found[pose] : undefined,
  );
  if (!found || !all.length || all.includes(undefined)) return undefined;
  const legs = all.length - 1;
  const along = Math.min(Math.max(Number(fraction) || 0, 0), 1) * legs;
  const leg = Math.min(Math.floor(along), Math.max(legs - 1, 0));
  const t = along - leg;
  const eased = t * t * (3 - 2 * t);
  const [from, to = from] = [all[leg]!, all[leg + 1]];
  return strokesOf(
    from.map((value, i) => value + (to[i]! - value) * eased),
    found.front,
  );
}

/** The strokes of a figure whose joints are `joints`, its front turned `front`. */
function strokesOf(joints: Joints, front: FigureJoints['front']): readonly Stroke[] {
  const at = (joint: number): string => `${num(joints[2 * joint]!)} ${num(joints[2 * joint + 1]!)}`;
  /** A polyline from `from` through the joints `first` … `first + 2`. */
  const limb = (kind: StrokeKind, from: number, first: number): Stroke => ({
    kind,
    d: `M${at(from)}L${at(first)}L${at(first + 1)}L${at(first + 2)}`,
  });
  const [hx = 0, hy = 0, sx = 0, sy = 0] = joints;
  const r = HEAD_RADIUS;
  // The neck leaves the head's edge towards the shoulder.
  const neckLength = Math.hypot(sx - hx, sy - hy) || 1;
  const [ux, uy] = [(hx - sx) / neckLength, (hy - sy) / neckLength];
  const neck = `${num(hx - ux * r)} ${num(hy - uy * r)}`;
  // The nose points halfway between straight on from the neck and the body's front.
  const turn = front === 'down' ? 1 : -1;
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
