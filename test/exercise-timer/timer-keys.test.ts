import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { RunStatus } from '../../src/exercise-timer/timer-machine.js';
import {
  focusAfter,
  keyAction,
  type FocusSpot,
  type KeyPlace,
} from '../../src/exercise-timer/timer-keys.js';

const STATUSES: readonly RunStatus[] = ['idle', 'running', 'paused', 'done'];
const PLACES: readonly KeyPlace[] = ['timer', 'button', 'checkbox'];
const SPOTS: readonly FocusSpot[] = ['primary', 'control', 'closing', 'elsewhere'];
const KEYS = [' ', 'Enter', 'ArrowLeft', 'ArrowRight', 'a', 'Tab', 'Escape'] as const;

const press = (key: string, on: KeyPlace, repeat = false) => ({ key, on, repeat });

describe('keyAction', () => {
  it('Space on the timer itself starts, pauses and resumes; once done it does nothing', () => {
    expect(keyAction(press(' ', 'timer'), 'idle')).to.equal('toggle');
    expect(keyAction(press(' ', 'timer'), 'running')).to.equal('toggle');
    expect(keyAction(press(' ', 'timer'), 'paused')).to.equal('toggle');
    expect(keyAction(press(' ', 'timer'), 'done'), 'Start again is a button').to.equal('ignore');
  });

  it('Space and Enter on a button or checkbox are the browser’s: they press that control', () => {
    for (const status of STATUSES)
      for (const on of ['button', 'checkbox'] as const) {
        expect(keyAction(press(' ', on), status), `${on} ${status}`).to.equal(undefined);
        expect(keyAction(press('Enter', on), status), `${on} ${status}`).to.equal(undefined);
      }
  });

  it('a held Space or Enter presses once: its repeats do nothing', () => {
    for (const status of STATUSES) {
      expect(keyAction(press(' ', 'timer', true), status), status).to.equal('ignore');
      expect(keyAction(press('Enter', 'button', true), status), status).to.equal('ignore');
    }
  });

  it('the arrows move between exercises once started, from anywhere in the timer', () => {
    for (const on of PLACES)
      for (const status of ['running', 'paused'] as const) {
        expect(keyAction(press('ArrowRight', on), status), `${on} ${status}`).to.equal('skip');
        expect(keyAction(press('ArrowLeft', on, true), status), `${on} ${status}`).to.equal(
          'previous',
        );
      }
  });

  it('before the start the arrows do nothing; once done only the left arrow goes back', () => {
    for (const on of PLACES) {
      expect(keyAction(press('ArrowRight', on), 'idle')).to.equal(undefined);
      expect(keyAction(press('ArrowLeft', on), 'idle')).to.equal(undefined);
      expect(keyAction(press('ArrowRight', on), 'done')).to.equal(undefined);
      expect(keyAction(press('ArrowLeft', on), 'done')).to.equal('previous');
    }
  });

  it('no key ever starts a routine that is done, and no repeat ever toggles', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.constantFrom(...PLACES),
        fc.boolean(),
        fc.constantFrom(...STATUSES),
        (key, on, repeat, status) => {
          const action = keyAction(press(key, on, repeat), status);
          if (status === 'done') expect(action).to.not.equal('toggle');
          if (repeat) expect(action).to.not.equal('toggle');
          if (on !== 'timer' && (key === ' ' || key === 'Enter'))
            expect(action, 'a control keeps its own keys').to.be.oneOf([undefined, 'ignore']);
        },
      ),
    );
  });
});

describe('focusAfter', () => {
  it('at the end, focus on a control goes to the closing message', () => {
    for (const before of ['running', 'paused'] as const) {
      expect(focusAfter('primary', before, 'done'), before).to.equal('closing');
      expect(focusAfter('control', before, 'done'), before).to.equal('closing');
    }
  });

  it('stays where it is while the routine stays done', () => {
    for (const spot of SPOTS) expect(focusAfter(spot, 'done', 'done'), spot).to.equal(undefined);
  });

  it('from a closing message that is gone, goes to the main button', () => {
    for (const after of ['idle', 'running', 'paused'] as const)
      expect(focusAfter('closing', 'done', after), after).to.equal('primary');
  });

  it('from Previous, Skip or Restart hidden before the start, goes to the main button', () => {
    expect(focusAfter('control', 'running', 'idle')).to.equal('primary');
    expect(focusAfter('control', 'paused', 'idle')).to.equal('primary');
  });

  it('leaves focus alone otherwise: a button that stays keeps it', () => {
    expect(focusAfter('primary', 'idle', 'running')).to.equal(undefined);
    expect(focusAfter('primary', 'running', 'paused')).to.equal(undefined);
    expect(focusAfter('primary', 'done', 'running')).to.equal(undefined);
    expect(focusAfter('control', 'running', 'running')).to.equal(undefined);
    expect(focusAfter('control', 'paused', 'running')).to.equal(undefined);
    for (const before of [undefined, ...STATUSES])
      for (const after of STATUSES)
        expect(focusAfter('elsewhere', before, after), `${before} ${after}`).to.equal(undefined);
  });

  it('never sends focus to a button once done, nor to the closing message before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPOTS),
        fc.constantFrom(undefined, ...STATUSES),
        fc.constantFrom(...STATUSES),
        (spot, before, after) => {
          const target = focusAfter(spot, before, after);
          if (after === 'done') expect(target).to.not.equal('primary');
          else expect(target).to.not.equal('closing');
        },
      ),
    );
  });
});
