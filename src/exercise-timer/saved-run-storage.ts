import type { Schedule } from './schedule.js';
import { restoreRun, saveRun, savedRunKey, type SavedRun } from './saved-run.js';
import { timerState } from './timer-machine.js';

/**
 * The run remembered in this browser (localStorage) when the timer has `persist`, so a
 * reload resumes it; without `persist` storage is never touched. Storage may be missing or
 * refuse (private modes, a full quota, a sandboxed frame): the timer then works on, it just
 * will not resume after a reload. Nothing here throws. Touches storage only when called,
 * never at construction.
 */
export class SavedRunStorage {
  constructor(private readonly timer: { readonly persist: boolean }) {}

  /** The run saved for this schedule, when there is one it can resume at `now`. */
  restore(schedule: Schedule, now: number): SavedRun | undefined {
    if (!this.timer.persist) return undefined;
    return restoreRun(schedule, this.storage(schedule, 'get'), now);
  }

  /**
   * Remembers a run started and not done by `now`; forgets one not started or done, which
   * nothing would resume.
   */
  save(schedule: Schedule, saved: SavedRun, now: number): void {
    const { status } = timerState(schedule, saved.run, now);
    if (status === 'idle' || status === 'done') this.clear(schedule);
    else if (this.timer.persist) this.storage(schedule, 'set', saveRun(schedule, saved));
  }

  clear(schedule: Schedule): void {
    if (this.timer.persist) this.storage(schedule, 'remove');
  }

  private storage(schedule: Schedule, action: 'get' | 'set' | 'remove', value = '') {
    const key = savedRunKey(schedule);
    try {
      if (action === 'get') return localStorage.getItem(key);
      if (action === 'set') localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch {
      // Refused: nothing to resume, nothing kept.
    }
    return null;
  }
}
