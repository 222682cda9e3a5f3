import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { commandEvent, exerciseDetail, lookEvent } from '../../src/exercise-timer/timer-events.js';
import * as machine from '../../src/exercise-timer/timer-machine.js';
import {
  IDLE,
  timerState,
  type Run,
  type RunStatus,
} from '../../src/exercise-timer/timer-machine.js';
import type { Schedule } from '../../src/exercise-timer/schedule.js';
import { BACK, RUNS, T0, schedulesWithin } from './fixtures.js';

const STATUSES: readonly RunStatus[] = ['idle', 'running', 'paused', 'done'];
const COMMANDS = {
  start: machine.start,
  pause: machine.pause,
  resume: machine.resume,
  toggle: machine.toggle,
  skip: machine.skip,
  previous: machine.previous,
  restart: machine.restart,
} as const;
type Command = keyof typeof COMMANDS;

describe('commandEvent', () => {
  it('starts from idle or done, and on restart from anywhere', () => {
    for (const before of STATUSES) {
      const expected = before === 'idle' || before === 'done' ? 'start' : undefined;
      expect(commandEvent(before, 'running', false), before).to.equal(expected);
      expect(commandEvent(before, 'running', true), `${before}, restart`).to.equal('start');
    }
  });

  it('pauses only a running run; a resume or a skip fires nothing', () => {
    expect(commandEvent('running', 'paused', false)).to.equal('pause');
    expect(commandEvent('paused', 'paused', false), 'skip while paused').to.equal(undefined);
    expect(commandEvent('paused', 'running', false), 'resume').to.equal(undefined);
    expect(commandEvent('done', 'paused', false), 'back from the end').to.equal(undefined);
    expect(commandEvent('running', 'done', false), 'skip past the end').to.equal(undefined);
  });

  it('nothing happens, nothing fires', () => {
    for (const status of STATUSES)
      expect(commandEvent(status, status, false), status).to.equal(undefined);
  });
});

describe('lookEvent', () => {
  const state = (status: RunStatus, exerciseIndex = 0) => ({ status, exerciseIndex });

  it('names the exercise once it is current, running or paused', () => {
    expect(lookEvent(undefined, state('running', 0), undefined)).to.equal('change');
    expect(lookEvent('running', state('running', 0), 0), 'already named').to.equal(undefined);
    expect(lookEvent('running', state('running', 1), 0)).to.equal('change');
    expect(lookEvent('paused', state('paused', 2), 1), 'skipped while paused').to.equal('change');
  });

  it('completes once, at the first look that finds the run done', () => {
    expect(lookEvent('running', state('done', 6), 5)).to.equal('complete');
    expect(lookEvent(undefined, state('done', 6), undefined), 'ended while away').to.equal(
      'complete',
    );
    expect(lookEvent('done', state('done', 6), 5), 'already told').to.equal(undefined);
  });

  it('says nothing before the start', () => {
    expect(lookEvent(undefined, state('idle'), undefined)).to.equal(undefined);
    expect(lookEvent('idle', state('idle'), undefined)).to.equal(undefined);
  });
});

describe('exerciseDetail', () => {
  it('names the current exercise by id and index, and the last one once done', () => {
    expect(exerciseDetail(BACK, { exerciseIndex: 1 })).to.deep.equal({ id: 'bird-dog', index: 1 });
    expect(exerciseDetail(BACK, { exerciseIndex: 6 })).to.deep.equal({
      id: 'pelvic-tilt',
      index: 5,
    });
  });
});

describe('the events along any run', () => {
  const commandArb = fc.constantFrom(...(Object.keys(COMMANDS) as Command[]));
  const stepsArb = fc.array(
    fc.record({ command: commandArb, gapMs: fc.integer({ min: 0, max: 200_000 }) }),
    { maxLength: 20 },
  );

  /**
   * Plays the commands with a look before and two after each, as the element looks after
   * every change, and lists the events: `change 2` names exercise 2.
   */
  function play(schedule: Schedule, steps: readonly { command: Command; gapMs: number }[]) {
    const events: string[] = [];
    let run: Run = IDLE;
    let now = T0;
    let last: RunStatus | undefined;
    let named: number | undefined;
    const look = () => {
      const view = timerState(schedule, run, now);
      const event = lookEvent(last, view, named);
      last = view.status;
      if (event === 'change') named = view.exerciseIndex;
      if (event) events.push(event === 'change' ? `change ${view.exerciseIndex}` : event);
      return event;
    };
    for (const { command, gapMs } of steps) {
      now += gapMs;
      look();
      const before = timerState(schedule, run, now).status;
      run = COMMANDS[command](schedule, run, now);
      const event = commandEvent(before, run.status, command === 'restart');
      if (event === 'start') last = named = undefined;
      if (event) events.push(event);
      look();
      expect(look(), 'a second look at the same moment fires nothing').to.equal(undefined);
    }
    return events;
  }

  it('fires nothing before the first start, and names the first exercise right after each start', () => {
    fc.assert(
      fc.property(schedulesWithin(), stepsArb, (schedule, steps) => {
        const events = play(schedule, steps);
        const first = events.indexOf('start');
        expect(first === -1 ? events : events.slice(0, first)).to.deep.equal([]);
        events.forEach((event, index) => {
          if (event === 'start') expect(events[index + 1]).to.equal('change 0');
        });
      }),
      RUNS,
    );
  });
});
