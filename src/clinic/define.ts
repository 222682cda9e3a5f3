import { define } from '../shared/define.js';
import { attachContextRoot } from './clinic-context.js';
import { KneadClinic } from './clinic.js';

attachContextRoot();
define('knead-clinic', KneadClinic);

declare global {
  interface HTMLElementTagNameMap {
    'knead-clinic': KneadClinic;
  }
}
