import type { ReactiveControllerHost } from 'lit';
import { ConfigSource } from '../shared/config-source.js';
import { findExercise, findRoutine, ROUTINES } from './built-in-exercises.js';
import type { Routine } from './routine-types.js';

/**
 * Where a timer's routine comes from, in the order every widget uses: a routine object set
 * as the `routine` property, then an inline JSON child, then the built-in routine the
 * `routine` attribute names. A clinic's own routine is checked first by the validator,
 * which is downloaded only then; a refused one is named in the console, path by path.
 */
export function routineSource(
  timer: ReactiveControllerHost & HTMLElement & { readonly routine: unknown },
): ConfigSource<Routine> {
  return new ConfigSource<Routine>(timer, {
    property: () => timer.routine,
    attribute: 'routine',
    builtIn: (id) => findRoutine(String(id)),
    unknown: () => `unknown routine; use ${Object.keys(ROUTINES).join(', ')}`,
    async check(given) {
      const { parseRoutine } = await import('./routine-validation.js');
      const parsed = parseRoutine(given, findExercise, document.baseURI);
      return { value: parsed.ok ? parsed.routine : undefined, problems: parsed.problems };
    },
  });
}
