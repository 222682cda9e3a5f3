import { define } from '../shared/define.js';
import { attachContextRoot } from '../clinic/clinic-context.js';
import { KneadSelfCareTips } from './self-care-tips.js';

attachContextRoot();
define('knead-self-care-tips', KneadSelfCareTips);

declare global {
  interface HTMLElementTagNameMap {
    'knead-self-care-tips': KneadSelfCareTips;
  }
}
