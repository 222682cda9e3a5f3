/**
 * A run remembered across a reload (only with `persist`). Pure: what to store, and reading
 * it back, trusting nothing in storage. A saved run counts only for the same routine laid
 * out the same way, and not once it is old: a routine left a day ago starts afresh.
 */
import { isRecord } from '../shared/json-config.js';
import type { Schedule } from './schedule.js';
import type { Run, RunStatus } from './timer-machine.js';

/** The storage key for a routine's run. */
export const savedRunKey = (schedule: Schedule) => `knead-exercise-timer:${schedule.routine.id}`;

/** How long a saved run stays worth resuming. */
export const SAVED_RUN_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** Sound and voice choices, remembered with the run. */
export interface CueChoices {
  readonly sound: boolean;
  readonly voice: boolean;
}

export interface SavedRun {
  readonly run: Run;
  readonly cues: CueChoices;
}

/**
 * The shape of a routine's layout: its exercises and every phase's kind, side and length,
 * hashed (FNV-1a), so an edited routine never resumes at a wrong rep or exercise.
 */
function fingerprint(schedule: Schedule): string {
  const layout = schedule.phases
    .map((phase) => `${phase.kind}${phase.exerciseIndex}${phase.side ?? ''}${phase.durationMs}`)
    .join(',');
  let hash = 0x811c9dc5;
  for (let i = 0; i < layout.length; i++) hash = Math.imul(hash ^ layout.charCodeAt(i), 0x01000193);
  const ids = schedule.routine.exercises.map((exercise) => exercise.id).join(',');
  return `${schedule.totalMs}:${(hash >>> 0).toString(36)}:${ids}`;
}

/** What to store: a version, the layout's fingerprint, the run and the cue choices. */
export function saveRun(schedule: Schedule, saved: SavedRun): string {
  return JSON.stringify({ v: 1, layout: fingerprint(schedule), ...saved });
}

const STATUSES: readonly RunStatus[] = ['running', 'paused'];
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * The stored run, when it is one this schedule can resume at `now`: running or paused,
 * within the schedule, not from the future, not older than a day's half. Else undefined.
 */
export function restoreRun(
  schedule: Schedule,
  stored: string | null,
  now: number,
): SavedRun | undefined {
  if (!stored) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value['v'] !== 1 || value['layout'] !== fingerprint(schedule))
    return undefined;
  const { run, cues } = value;
  if (!isRecord(run) || !isRecord(cues)) return undefined;
  const { status, positionMs, sinceMs, activeMs } = run;
  if (
    !STATUSES.includes(status as RunStatus) ||
    !isTime(positionMs) ||
    positionMs >= schedule.totalMs ||
    !isTime(sinceMs) ||
    sinceMs > now ||
    now - sinceMs > SAVED_RUN_MAX_AGE_MS ||
    !isTime(activeMs)
  )
    return undefined;
  return {
    run: { status: status as RunStatus, positionMs, sinceMs, activeMs },
    cues: { sound: cues['sound'] === true, voice: cues['voice'] === true },
  };
}
