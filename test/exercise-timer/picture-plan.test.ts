import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  endFor,
  pictureShow,
  type PictureMoment,
  type PoseName,
} from '../../src/exercise-timer/picture-plan.js';
import type { PhaseKind } from '../../src/exercise-timer/schedule.js';
import { RUNS } from './fixtures.js';

const TWO: readonly PoseName[] = ['start', 'end'];
const WITH_MID: readonly PoseName[] = ['start', 'mid', 'end'];
const SIDED: readonly PoseName[] = ['start', 'end', 'endOther'];
const SIDED_WITH_MIDS: readonly PoseName[] = ['start', 'mid', 'end', 'midOther', 'endOther'];

const moment = (over: Partial<PictureMoment> & { kind?: PhaseKind } = {}): PictureMoment => {
  const { kind = 'work', ...rest } = over;
  return {
    status: 'running',
    phase: { kind, side: undefined, durationMs: 4000 },
    intoPhaseMs: 1000,
    poses: TWO,
    holds: false,
    reducedMotion: false,
    ...rest,
  };
};

describe('what the exercise picture shows', () => {
  it('a rep with no hold moves there and back in the rep’s time, from where the clock says', () => {
    expect(pictureShow(moment())).to.deep.equal({
      kind: 'moving',
      poses: ['start', 'end', 'start'],
      durationMs: 4000,
      atMs: 1000,
      playing: true,
    });
    expect(pictureShow(moment({ poses: WITH_MID }))).to.deep.include({
      poses: ['start', 'mid', 'end', 'mid', 'start'],
    });
  });

  it('a rep followed by a hold moves there only; the hold shows the held position', () => {
    expect(pictureShow(moment({ holds: true }))).to.deep.include({ poses: ['start', 'end'] });
    expect(pictureShow(moment({ holds: true, kind: 'hold' }))).to.deep.equal({
      kind: 'still',
      pose: 'end',
    });
  });

  it('getting ready, switching sides and resting show where to start', () => {
    for (const kind of ['prepare', 'switch', 'rest'] as const)
      expect(pictureShow(moment({ kind })), kind).to.deep.equal({ kind: 'still', pose: 'start' });
  });

  it('the right side of an alternating exercise ends in its other position, through its own middle', () => {
    const right = moment({
      poses: [...WITH_MID, 'endOther'],
      phase: { kind: 'work', side: 'right', durationMs: 2000 },
    });
    expect(pictureShow(right)).to.deep.include({ poses: ['start', 'endOther', 'start'] });
    const left = moment({
      poses: [...WITH_MID, 'endOther'],
      phase: { kind: 'work', side: 'left', durationMs: 2000 },
    });
    expect(pictureShow(left)).to.deep.include({ poses: ['start', 'mid', 'end', 'mid', 'start'] });
    for (const [side, there] of [
      ['left', ['start', 'mid', 'end']],
      ['right', ['start', 'midOther', 'endOther']],
    ] as const) {
      const phase = { kind: 'work', side, durationMs: 2000 } as const;
      expect(pictureShow(moment({ poses: SIDED_WITH_MIDS, phase })), side).to.deep.include({
        poses: [...there, ...there.slice(0, -1).reverse()],
      });
      expect(
        pictureShow(moment({ poses: SIDED_WITH_MIDS, phase, holds: true })),
        side,
      ).to.deep.include({
        poses: there,
      });
    }
    expect(endFor(SIDED, 'right')).to.equal('endOther');
    expect(endFor(TWO, 'right'), 'a figure with one end position').to.equal('end');
    expect(endFor(SIDED, undefined)).to.equal('end');
  });

  it('paused, the movement stands where the rep is', () => {
    expect(pictureShow(moment({ status: 'paused', intoPhaseMs: 2500 }))).to.deep.include({
      atMs: 2500,
      playing: false,
    });
  });

  it('with reduced motion, a rep shows its start and end side by side; nothing moves', () => {
    expect(pictureShow(moment({ reducedMotion: true }))).to.deep.equal({
      kind: 'pair',
      from: 'start',
      to: 'end',
    });
    const right = moment({
      reducedMotion: true,
      poses: SIDED,
      phase: { kind: 'work', side: 'right', durationMs: 2000 },
    });
    expect(pictureShow(right)).to.deep.equal({ kind: 'pair', from: 'start', to: 'endOther' });
  });

  it('any moment: a movement starts and ends at the start unless a hold ends it, and stays inside its rep', () => {
    const kinds: PhaseKind[] = ['prepare', 'work', 'hold', 'switch', 'rest'];
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom(...kinds),
          side: fc.constantFrom(undefined, 'left' as const, 'right' as const),
          durationMs: fc.integer({ min: 1, max: 600_000 }),
          intoPhaseMs: fc.integer({ min: -5000, max: 700_000 }),
          poses: fc.constantFrom(
            TWO,
            WITH_MID,
            SIDED,
            [...WITH_MID, 'endOther'] as PoseName[],
            SIDED_WITH_MIDS,
          ),
          holds: fc.boolean(),
          reducedMotion: fc.boolean(),
          status: fc.constantFrom('running' as const, 'paused' as const),
        }),
        ({ kind, side, durationMs, ...rest }) => {
          const show = pictureShow({ ...rest, phase: { kind, side, durationMs } });
          const poses =
            show.kind === 'moving'
              ? show.poses
              : show.kind === 'pair'
                ? [show.from, show.to]
                : [show.pose];
          for (const pose of poses) expect(rest.poses).to.include(pose);
          if (show.kind !== 'moving') return;
          expect(kind).to.equal('work');
          expect(rest.reducedMotion).to.equal(false);
          expect(show.poses[0]).to.equal('start');
          // never through the other side's middle
          const end = endFor(rest.poses, side);
          expect(show.poses).to.include(end);
          expect(show.poses).not.to.include(end === 'end' ? 'midOther' : 'mid');
          expect(show.poses.at(-1)).to.equal(rest.holds ? endFor(rest.poses, side) : 'start');
          expect(show.atMs).to.be.within(0, durationMs);
          expect(show.durationMs).to.equal(durationMs);
        },
      ),
      RUNS,
    );
  });
});
