// The exercise figures: every built-in exercise has one, its poses morph into each other
// (same strokes, same path commands), they stay in the viewBox and on the floor, the bones
// keep their lengths, and each pose shows what its exercise's steps say.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RUNS } from '../fixtures.js';
import { EXERCISES } from '../../../src/exercise-timer/built-in-exercises.js';
import {
  FIGURE_VIEW_BOX,
  figurePoses,
  figureStrokes,
  figureStrokesAt,
  hasFigure,
  type PoseName,
  type Stroke,
} from '../../../src/exercise-timer/pictures/figure-paths.js';

type Point = readonly [number, number];

const IDS = Object.keys(EXERCISES);
const [, , WIDTH, HEIGHT] = FIGURE_VIEW_BOX.split(' ').map(Number);

function strokes(id: string, pose: PoseName): readonly Stroke[] {
  const found = figureStrokes(id, pose);
  if (!found) throw new Error(`${id} has no ${pose}`);
  return found;
}

/** The path with every number replaced by `#`: its command structure. */
const structure = (d: string): string => d.replace(/-?\d+(\.\d+)?/g, '#');

/** The points of a path of absolute M, L and C commands (every stroke but the head). */
function points(d: string): Point[] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const pairs: Point[] = [];
  for (let i = 0; i < numbers.length; i += 2) pairs.push([numbers[i], numbers[i + 1]]);
  return pairs;
}

/**
 * The head's centre and radius and its nose (from the head's edge outwards), from
 * `M x y a r r 0 1 0 2r 0 a r r 0 1 0 -2r 0 M x y L x y`.
 */
function circle(d: string): { x: number; y: number; r: number; nose: [Point, Point] } {
  const n = '(-?[\\d.]+)';
  const match = new RegExp(
    `^M${n} ${n}a${n} \\3 0 1 0 ${n} 0a\\3 \\3 0 1 0 -\\4 0M${n} ${n}L${n} ${n}$`,
  ).exec(d);
  if (!match) throw new Error(`not a head: ${d}`);
  const [x, y, r, across, fromX, fromY, toX, toY] = match.slice(1).map(Number);
  expect(across).to.equal(2 * r);
  return {
    x: x + r,
    y,
    r,
    nose: [
      [fromX, fromY],
      [toX, toY],
    ],
  };
}

const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The named strokes of one pose, in the documented drawing order. */
function parts(id: string, pose: PoseName) {
  return partsOf(strokes(id, pose));
}

/** The named strokes of a drawn figure, in the documented drawing order. */
function partsOf(drawnStrokes: readonly Stroke[]) {
  const [floor, farArm, farLeg, body, head, nearLeg, nearArm] = drawnStrokes as Stroke[];
  const spine = points(body.d); // neck, shoulder, control, control, hip
  return {
    floorY: points(floor.d)[0][1],
    farArm: points(farArm.d),
    farLeg: points(farLeg.d),
    nearArm: points(nearArm.d),
    nearLeg: points(nearLeg.d),
    spine,
    shoulder: spine[1],
    hip: spine[4],
    head: circle(head.d),
  };
}

type Parts = ReturnType<typeof parts>;

/** The named strokes of a movement through `poses`, `at` (0 to 1) of the way. */
function partsAt(id: string, poses: PoseName[], at: number): Parts {
  const [floor, farArm, farLeg, body, head, nearLeg, nearArm] = figureStrokesAt(id, poses, at)!;
  return partsOf([floor!, farArm!, farLeg!, body!, head!, nearLeg!, nearArm!]);
}
type LimbCheck = (limb: Point[], pose: Parts) => void;

/**
 * `end` moves the `first` side's arm and the other side's leg, `endOther` the other pair;
 * the limbs that do not move stay as they are in `start`.
 */
function oppositeSides(id: string, first: 'near' | 'far', arm: LimbCheck, leg: LimbCheck) {
  const start = parts(id, 'start');
  const other = first === 'near' ? 'far' : 'near';
  for (const [pose, armSide, legSide] of [
    ['end', first, other],
    ['endOther', other, first],
  ] as const) {
    const p = parts(id, pose);
    const still = { near: 'far', far: 'near' } as const;
    arm(p[`${armSide}Arm`], p);
    leg(p[`${legSide}Leg`], p);
    expect(p[`${still[armSide]}Arm`], `${id} ${pose}`).to.deep.equal(start[`${still[armSide]}Arm`]);
    expect(p[`${still[legSide]}Leg`], `${id} ${pose}`).to.deep.equal(start[`${still[legSide]}Leg`]);
  }
}

/** How far `p` lies above the line through `a` and `b` (positive: above, in screen terms). */
function aboveLine(p: Point, a: Point, b: Point): number {
  const t = (p[0] - a[0]) / (b[0] - a[0]);
  return a[1] + t * (b[1] - a[1]) - p[1];
}

describe('exercise figures: which exist', () => {
  it('has a figure for each built-in exercise, and the viewBox is "0 0 W H"', () => {
    expect(IDS).to.have.length(6);
    for (const id of IDS) expect(hasFigure(id), id).to.equal(true);
    expect(FIGURE_VIEW_BOX).to.match(/^0 0 \d+ \d+$/);
    expect(WIDTH).to.be.greaterThan(HEIGHT);
  });

  it('knows no other ids, hostile ones included', () => {
    for (const id of [
      '',
      'Cat-Cow',
      'plank',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
    ]) {
      expect(hasFigure(id), id).to.equal(false);
      expect(figurePoses(id), id).to.deep.equal([]);
      expect(figureStrokes(id, 'start'), id).to.equal(undefined);
    }
  });

  it('has start and end, and endOther exactly for the exercises that alternate sides', () => {
    for (const id of IDS) {
      const poses = figurePoses(id);
      const alternating = EXERCISES[id as keyof typeof EXERCISES].sides === 'alternating';
      expect(poses[0], id).to.equal('start');
      expect(poses, id).to.include('end');
      expect(poses.includes('endOther'), id).to.equal(alternating);
      // in order of movement, each once
      const order: PoseName[] = ['start', 'mid', 'end', 'midOther', 'endOther'];
      expect([...poses], id).to.deep.equal(order.filter((pose) => poses.includes(pose)));
      for (const pose of order) {
        expect(figureStrokes(id, pose) !== undefined, `${id} ${pose}`).to.equal(
          poses.includes(pose),
        );
      }
    }
    expect(figurePoses('bird-dog')).to.include('endOther');
    expect(figurePoses('dead-bug')).to.include('endOther');
    expect(figurePoses('bridge')).not.to.include('endOther');
    // halfway to a side only where that side has its end
    for (const id of IDS) {
      const poses = figurePoses(id);
      if (poses.includes('midOther')) expect(poses, id).to.include('endOther');
    }
  });

  it('has no strokes for a pose name that is not one', () => {
    for (const pose of ['__proto__', 'constructor', 'toString', 'START', '']) {
      expect(figureStrokes('bridge', pose as PoseName), pose).to.equal(undefined);
    }
  });
});

describe('exercise figures: poses morph into each other', () => {
  it('every pose of a figure has the same strokes in the same order with the same commands', () => {
    for (const id of IDS) {
      const [first, ...others] = figurePoses(id).map((pose) => strokes(id, pose));
      for (const other of others) {
        expect(
          other.map((s) => s.kind),
          id,
        ).to.deep.equal(first.map((s) => s.kind));
        expect(
          other.map((s) => structure(s.d)),
          id,
        ).to.deep.equal(first.map((s) => structure(s.d)));
      }
    }
  });

  it('draws a floor, a head, a body and lighter far limbs, limbs as four-point polylines', () => {
    for (const id of IDS) {
      const kinds = strokes(id, 'start').map((s) => s.kind);
      expect(kinds, id).to.deep.equal(['floor', 'far', 'far', 'body', 'head', 'body', 'body']);
      const [floor, farArm, , body, head, nearLeg] = strokes(id, 'start');
      expect(structure(floor.d)).to.equal('M# #L# #');
      expect(structure(farArm.d)).to.equal('M# #L# #L# #L# #');
      expect(structure(nearLeg.d)).to.equal('M# #L# #L# #L# #');
      expect(structure(body.d)).to.equal('M# #L# #C# # # # # #');
      circle(head.d);
    }
  });

  it('moves: end differs from start, endOther from both', () => {
    for (const id of IDS) {
      const d = (pose: PoseName) => strokes(id, pose).map((s) => s.d);
      expect(d('end'), id).not.to.deep.equal(d('start'));
      if (figurePoses(id).includes('endOther')) {
        expect(d('endOther'), id).not.to.deep.equal(d('start'));
        expect(d('endOther'), id).not.to.deep.equal(d('end'));
      }
    }
  });

  it('keeps the bones their length in every pose (a morph never stretches a limb)', () => {
    for (const id of IDS) {
      const lengths = (pose: PoseName) => {
        const p = parts(id, pose);
        const limb = (joints: Point[]) => joints.slice(1).map((q, i) => distance(joints[i], q));
        return [
          ...[p.farArm, p.farLeg, p.nearArm, p.nearLeg].flatMap(limb),
          distance(p.shoulder, p.hip),
          distance(p.shoulder, [p.head.x, p.head.y]),
        ];
      };
      const first = lengths('start');
      for (const pose of figurePoses(id)) {
        lengths(pose).forEach((length, i) =>
          expect(length, `${id} ${pose} bone ${i}`).to.be.closeTo(first[i], 1.6),
        );
      }
    }
  });

  it('writes short numbers: integers or one decimal', () => {
    for (const id of IDS) {
      for (const pose of figurePoses(id)) {
        for (const { d } of strokes(id, pose)) expect(d, `${id} ${pose}`).not.to.match(/\.\d\d/);
      }
    }
  });
});

describe('exercise figures: in the box, on the floor, human', () => {
  it('keeps every point and the head inside the viewBox, above the floor', () => {
    for (const id of IDS) {
      for (const pose of figurePoses(id)) {
        const p = parts(id, pose);
        const all = [p.farArm, p.farLeg, p.nearArm, p.nearLeg, p.spine].flat();
        for (const [x, y] of all) {
          expect(x, `${id} ${pose} x`).to.be.within(0, WIDTH);
          expect(y, `${id} ${pose} y`).to.be.within(0, p.floorY);
        }
        const { x, y, r } = p.head;
        expect(x - r, id).to.be.at.least(0);
        expect(x + r, id).to.be.at.most(WIDTH);
        expect(y - r, id).to.be.at.least(0);
        expect(y + r, id).to.be.at.most(p.floorY);
      }
    }
  });

  it('rests on the floor, which lies across the bottom of the box', () => {
    for (const id of IDS) {
      for (const pose of figurePoses(id)) {
        const p = parts(id, pose);
        expect(p.floorY, id).to.be.within(HEIGHT * 0.85, HEIGHT);
        const lowest = Math.max(...[p.nearArm, p.nearLeg, p.spine].flat().map(([, y]) => y));
        expect(p.floorY - lowest, `${id} ${pose}`).to.be.within(0, 4);
      }
    }
  });

  it('has human proportions: a head about a seventh of the height, long limbs', () => {
    const p = parts('bridge', 'start');
    const torso = distance(p.shoulder, p.hip);
    const [hip, knee, ankle] = p.nearLeg;
    const leg = distance(hip, knee) + distance(knee, ankle);
    const [shoulder, elbow, wrist] = p.nearArm;
    const arm = distance(shoulder, elbow) + distance(elbow, wrist);
    const height = 2 * p.head.r + 3 + torso + leg;
    expect(height / (2 * p.head.r)).to.be.within(6.5, 8);
    expect(leg / torso).to.be.within(1.4, 1.8);
    expect(arm / torso).to.be.within(0.85, 1.15);
  });
});

describe('exercise figures: the face and the swing', () => {
  it('turns the nose up lying on the back, and down or ahead on all fours and face down', () => {
    const noseTip = (p: Parts) => p.head.nose[1];
    for (const id of ['bridge', 'dead-bug', 'pelvic-tilt']) {
      for (const pose of figurePoses(id)) {
        const p = parts(id, pose);
        expect(noseTip(p)[1], `${id} ${pose}`).to.be.below(p.head.y - p.head.r);
      }
    }
    for (const id of ['bird-dog', 'superman', 'cat-cow']) {
      for (const pose of figurePoses(id)) {
        const p = parts(id, pose);
        // never towards the ceiling: ahead (to the right) or towards the floor
        expect(noseTip(p)[1], `${id} ${pose}`).to.be.above(p.head.y - 1);
      }
    }
    expect(noseTip(parts('bird-dog', 'start'))[1]).to.be.above(
      parts('bird-dog', 'start').head.y + 6,
    );
    const cow = parts('cat-cow', 'start');
    expect(noseTip(cow)[0]).to.be.above(cow.head.x + cow.head.r); // looking ahead
    const cat = parts('cat-cow', 'end');
    expect(noseTip(cat)[0]).to.be.below(cat.head.x); // chin tucked, towards the knees
  });

  it('draws the nose as a short stroke out from the edge of the head', () => {
    for (const id of IDS) {
      for (const pose of figurePoses(id)) {
        const { x, y, r, nose } = parts(id, pose).head;
        expect(distance(nose[0], [x, y]), `${id} ${pose}`).to.be.closeTo(r, 0.2);
        expect(distance(nose[1], [x, y]), `${id} ${pose}`).to.be.closeTo(r + 3, 0.2);
      }
    }
  });

  it('halfway, a swinging limb keeps its reach (a straight morph from start to end would shorten it)', () => {
    const limbs = ['farArm', 'farLeg', 'nearArm', 'nearLeg'] as const;
    /** From the shoulder or hip to the wrist or ankle. */
    const reach = (limb: Point[]) => distance(limb[0], limb[2]);
    const angle = (limb: Point[]) => Math.atan2(limb[2][1] - limb[0][1], limb[2][0] - limb[0][0]);
    let checked = 0;
    for (const id of IDS) {
      const start = parts(id, 'start');
      for (const [mid, end] of [
        ['mid', 'end'],
        ['midOther', 'endOther'],
      ] as const) {
        if (!figurePoses(id).includes(mid)) continue;
        const [halfway, there] = [parts(id, mid), parts(id, end)];
        for (const name of limbs) {
          const [a, m, b] = [start[name], halfway[name], there[name]];
          if (JSON.stringify(a) === JSON.stringify(b)) {
            expect(m, `${id} ${mid} ${name} stays`).to.deep.equal(a);
            continue;
          }
          const straight = a.map(([x, y], i) => [(x + b[i][0]) / 2, (y + b[i][1]) / 2] as Point);
          expect(reach(m), `${id} ${mid} ${name}`).to.be.at.least(
            0.95 * Math.min(reach(a), reach(b)),
          );
          expect(reach(straight), `${id} ${mid} ${name}: needs no mid`).to.be.below(reach(m));
          const [from, to] = [angle(a), angle(b)].sort((x, y) => x - y);
          expect(angle(m), `${id} ${mid} ${name} between`).to.be.within(from, to);
          checked++;
        }
      }
    }
    expect(checked).to.equal(8); // bird-dog and dead-bug: an arm and a leg, each side
  });
});

describe('exercise figures: each pose shows its exercise', () => {
  it('cat-cow: on all fours, the back sags with the head up (cow, start) and rounds up with the chin tucked (cat, end)', () => {
    const cow = parts('cat-cow', 'start');
    const cat = parts('cat-cow', 'end');
    for (const p of [cow, cat]) {
      // hands under shoulders, knees under hips, both on the floor
      expect(p.nearArm[2][0]).to.be.closeTo(p.shoulder[0], 3);
      expect(p.nearLeg[1][0]).to.be.closeTo(p.hip[0], 3);
      expect(p.floorY - p.nearArm[2][1]).to.be.below(4);
      expect(p.floorY - p.nearLeg[1][1]).to.be.below(4);
    }
    const bulge = (p: Parts) => aboveLine(p.spine[2], p.shoulder, p.hip);
    expect(bulge(cow)).to.be.below(-5);
    expect(bulge(cat)).to.be.above(5);
    expect(cow.head.y).to.be.below(cow.shoulder[1]);
    expect(cat.head.y).to.be.above(cat.shoulder[1]);
  });

  it('bird-dog: from all fours, one arm ahead and the opposite leg behind, both about level', () => {
    const start = parts('bird-dog', 'start');
    expect(start.nearArm[2][0]).to.be.closeTo(start.shoulder[0], 3);
    expect(start.nearLeg[1][1]).to.be.closeTo(start.floorY, 4);
    const reach: LimbCheck = (arm, p) => {
      expect(arm[2][0] - p.shoulder[0]).to.be.above(25);
      expect(Math.abs(arm[2][1] - p.shoulder[1])).to.be.below(8);
    };
    const kick: LimbCheck = (leg, p) => {
      expect(p.hip[0] - leg[2][0]).to.be.above(40);
      expect(Math.abs(leg[2][1] - p.hip[1])).to.be.below(6);
    };
    // facing right on all fours the near side is the right side: end is left arm, right leg
    oppositeSides('bird-dog', 'far', reach, kick);
  });

  it('bridge: on the back with knees bent, then the hips lifted into a line with shoulders and knees', () => {
    const start = parts('bridge', 'start');
    const end = parts('bridge', 'end');
    expect(start.floorY - start.hip[1]).to.be.below(5);
    expect(start.nearLeg[1][1]).to.be.below(start.hip[1] - 15); // knees up
    expect(end.hip[1]).to.be.below(start.hip[1] - 8); // hips lifted
    expect(end.shoulder).to.deep.equal(start.shoulder); // shoulders stay down
    expect(end.nearLeg[2]).to.deep.equal(start.nearLeg[2]); // feet stay put
    expect(aboveLine(end.hip, end.shoulder, end.nearLeg[1])).to.be.closeTo(0, 1.5);
  });

  it('superman: face down and flat, then chest, arms and legs a little off the floor', () => {
    const start = parts('superman', 'start');
    const end = parts('superman', 'end');
    for (const [x, y] of [...start.nearArm, ...start.nearLeg, ...start.spine.slice(1)]) {
      expect(start.floorY - y, `${x}`).to.be.below(5);
    }
    expect(start.nearArm[3][0]).to.be.above(start.head.x); // arms past the head
    const lift = (p: Point) => start.floorY - p[1];
    expect(lift(end.shoulder)).to.be.within(6, 14);
    expect(lift(end.nearArm[3])).to.be.within(10, 25);
    expect(lift(end.nearLeg[3])).to.be.within(5, 15);
    expect(end.hip[1]).to.be.closeTo(start.hip[1], 1); // hips stay down
  });

  it('dead-bug: arms to the ceiling and knees at a right angle above the hips, then one arm overhead and the opposite leg long and low', () => {
    const start = parts('dead-bug', 'start');
    expect(start.nearArm[2][0]).to.be.closeTo(start.shoulder[0], 2);
    expect(start.nearArm[2][1]).to.be.below(start.shoulder[1] - 25);
    const [hip, knee, ankle] = start.nearLeg;
    expect(knee[0]).to.be.closeTo(hip[0], 2);
    expect(ankle[1]).to.be.closeTo(knee[1], 2);
    const overhead: LimbCheck = (arm, p) => {
      expect(arm[3][0]).to.be.above(p.head.x);
      expect(arm[3][1]).to.be.above(p.shoulder[1] - 20);
    };
    const low: LimbCheck = (leg, p) => {
      expect(p.hip[0] - leg[2][0]).to.be.above(40);
      expect(leg[2][1]).to.be.above(p.hip[1] - 15);
    };
    // lying on the back head right the near side is the left side: end is left arm, right leg
    oppositeSides('dead-bug', 'near', overhead, low);
    for (const pose of ['start', 'end', 'endOther'] as const) {
      const p = parts('dead-bug', pose);
      expect(p.floorY - p.hip[1]).to.be.below(5);
    }
  });

  it('pelvic-tilt: on the back knees bent, the gap under the lower back closes as the pelvis tips', () => {
    const start = parts('pelvic-tilt', 'start');
    const end = parts('pelvic-tilt', 'end');
    const gap = (p: Parts) => aboveLine(p.spine[3], p.shoulder, p.hip);
    expect(gap(start)).to.be.above(8);
    expect(Math.abs(gap(end))).to.be.below(2);
    expect(end.nearLeg[2]).to.deep.equal(start.nearLeg[2]); // feet stay put
    expect(end.shoulder).to.deep.equal(start.shoulder);
    expect(start.nearLeg[1][1]).to.be.below(start.hip[1] - 15); // knees up
  });
});

describe('exercise figures: in between two positions', () => {
  const movements = IDS.flatMap((id) => {
    const poses = figurePoses(id);
    const sides: PoseName[][] = [
      poses.includes('mid') ? ['start', 'mid', 'end'] : ['start', 'end'],
      ...(poses.includes('endOther')
        ? [poses.includes('midOther') ? ['start', 'midOther', 'endOther'] : ['start', 'endOther']]
        : []),
    ] as PoseName[][];
    return sides.flatMap((there) => [
      { id, poses: there },
      { id, poses: [...there, ...there.slice(0, -1).reverse()] },
    ]);
  });
  const ds = (strokes: readonly Stroke[] | undefined) => strokes?.map((stroke) => stroke.d);

  it('draws each position exactly at its moment: the first at 0, the last at 1, the others evenly between', () => {
    for (const { id, poses } of movements) {
      poses.forEach((pose, i) => {
        const at = i / (poses.length - 1);
        expect(
          ds(figureStrokesAt(id, poses, at)),
          `${id} ${poses.join('-')} at ${at}`,
        ).to.deep.equal(ds(figureStrokes(id, pose)));
      });
    }
    expect(ds(figureStrokesAt('bridge', ['end'], 0.7)), 'one position: always it').to.deep.equal(
      ds(figureStrokes('bridge', 'end')),
    );
  });

  it('eases each leg in and out: a quarter of the time moves the joints less than a quarter of the way', () => {
    const [start, quarter, end] = [0, 0.25, 1].map(
      (at) => partsAt('bridge', ['start', 'end'], at).hip,
    );
    const moved = (start![1] - quarter![1]) / (start![1] - end![1]);
    expect(moved).to.be.closeTo(0.15625, 0.02); // 3t² - 2t³ at t = 1/4
  });

  it('stays before the first position and after the last, whatever the clock says', () => {
    for (const [at, pose] of [
      [-1, 'start'],
      [Number.NEGATIVE_INFINITY, 'start'],
      [Number.NaN, 'start'],
      [2, 'end'],
      [Number.POSITIVE_INFINITY, 'end'],
    ] as const) {
      expect(ds(figureStrokesAt('bridge', ['start', 'end'], at)), `${at}`).to.deep.equal(
        ds(figureStrokes('bridge', pose)),
      );
    }
  });

  it('draws nothing for an unknown figure, a pose it lacks, or no poses', () => {
    expect(figureStrokesAt('plank', ['start', 'end'], 0.5)).to.equal(undefined);
    expect(figureStrokesAt('bridge', ['start', 'endOther'], 0.5)).to.equal(undefined);
    expect(figureStrokesAt('bridge', ['start', 'constructor' as PoseName], 0.5)).to.equal(
      undefined,
    );
    expect(figureStrokesAt('bridge', [], 0.5)).to.equal(undefined);
  });

  it('any moment of any movement: the same strokes, in the box, bones near their length', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...movements),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ id, poses }, at) => {
          const strokes = figureStrokesAt(id, poses, at)!;
          const first = figureStrokes(id, 'start')!;
          expect(strokes.map((s) => s.kind)).to.deep.equal(first.map((s) => s.kind));
          expect(strokes.map((s) => structure(s.d))).to.deep.equal(
            first.map((s) => structure(s.d)),
          );
          const p = partsAt(id, poses, at);
          const q = parts(id, 'start');
          for (const name of ['farArm', 'farLeg', 'nearArm', 'nearLeg'] as const) {
            for (let i = 1; i < 4; i++) {
              const bone = distance(p[name][i - 1]!, p[name][i]!);
              const was = distance(q[name][i - 1]!, q[name][i]!);
              // A straight morph shortens a bone that turns; the halfway poses keep it near.
              expect(bone, `${id} ${name} ${i} at ${at}`).to.be.at.least(was * 0.8);
            }
          }
          for (const [x, y] of [p.farArm, p.farLeg, p.nearArm, p.nearLeg, p.spine].flat()) {
            expect(x).to.be.within(0, WIDTH);
            expect(y).to.be.within(0, p.floorY);
          }
        },
      ),
      RUNS,
    );
  });
});
