import { define } from '../shared/define.js';
import { attachContextRoot } from '../clinic/clinic-context.js';
import { KneadBookingFrame } from './booking-frame.js';

attachContextRoot();
define('knead-booking-frame', KneadBookingFrame);

declare global {
  interface HTMLElementTagNameMap {
    'knead-booking-frame': KneadBookingFrame;
  }
}
