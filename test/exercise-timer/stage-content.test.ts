import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { stageContent } from '../../src/exercise-timer/stage-content.js';
import { TIMER_MESSAGES } from '../../src/exercise-timer/timer-messages.js';
import type { Phase, Schedule } from '../../src/exercise-timer/schedule.js';
import { BACK, RUNS, schedulesWithin } from './fixtures.js';

/** What the stage shows during `phase` of `schedule`, with the exercise by id. */
function stageAt(schedule: Schedule, phase: Phase) {
  const exercise = schedule.routine.exercises[phase.exerciseIndex];
  const {
    exercise: shown,
    heading,
    next,
  } = stageContent(schedule, { phase, exercise }, TIMER_MESSAGES);
  return { shown: shown.id, heading, next };
}

const firstPhase = (kind: Phase['kind'], exerciseIndex: number) =>
  BACK.phases.find((phase) => phase.kind === kind && phase.exerciseIndex === exerciseIndex)!;

describe('stageContent', () => {
  it('shows the current exercise and names the next one', () => {
    expect(stageAt(BACK, firstPhase('work', 0))).to.deep.equal({
      shown: 'cat-cow',
      heading: 'Cat-cow',
      next: 'Up next: Bird dog',
    });
    expect(stageAt(BACK, firstPhase('prepare', 1))).to.deep.equal({
      shown: 'bird-dog',
      heading: 'Bird dog',
      next: 'Up next: Bridge',
    });
  });

  it('during a rest, shows the exercise coming up, named in the heading, so the visitor gets ready', () => {
    expect(stageAt(BACK, firstPhase('rest', 0))).to.deep.equal({
      shown: 'bird-dog',
      heading: 'Up next: Bird dog',
      next: undefined,
    });
  });

  it('says "Last exercise" during the last one', () => {
    expect(stageAt(BACK, firstPhase('work', 5))).to.deep.equal({
      shown: 'pelvic-tilt',
      heading: 'Pelvic tilt',
      next: 'Last exercise',
    });
  });

  it('in any routine: a rest looks ahead, every other phase shows its own exercise', () => {
    fc.assert(
      fc.property(schedulesWithin(), (schedule) => {
        const { exercises } = schedule.routine;
        for (const phase of schedule.phases.filter((p) => p.kind !== 'done')) {
          const { shown, heading, next } = stageAt(schedule, phase);
          const own = exercises[phase.exerciseIndex]!;
          const after = exercises[phase.exerciseIndex + 1];
          if (phase.kind === 'rest') {
            expect(after, 'a rest always has an exercise after it').to.not.equal(undefined);
            expect({ shown, heading, next }).to.deep.equal({
              shown: after!.id,
              heading: `Up next: ${after!.name}`,
              next: undefined,
            });
          } else {
            expect({ shown, heading }).to.deep.equal({ shown: own.id, heading: own.name });
            expect(next).to.equal(after ? `Up next: ${after.name}` : 'Last exercise');
          }
        }
      }),
      RUNS,
    );
  });
});
