import { define } from '../shared/define.js';
import { attachContextRoot } from '../clinic/clinic-context.js';
import { KneadExerciseTimer } from './exercise-timer.js';

attachContextRoot();
define('knead-exercise-timer', KneadExerciseTimer);

declare global {
  interface HTMLElementTagNameMap {
    'knead-exercise-timer': KneadExerciseTimer;
  }
}
