import { define } from '../shared/define.js';
import { attachContextRoot } from '../clinic/clinic-context.js';
import { KneadSymptomCheck } from './symptom-check.js';

attachContextRoot();
define('knead-symptom-check', KneadSymptomCheck);

declare global {
  interface HTMLElementTagNameMap {
    'knead-symptom-check': KneadSymptomCheck;
  }
}
