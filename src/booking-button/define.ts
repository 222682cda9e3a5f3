import { define } from '../shared/define.js';
import { attachContextRoot } from '../clinic/clinic-context.js';
import { KneadBookingButton } from './booking-button.js';

attachContextRoot();
define('knead-booking-button', KneadBookingButton);

declare global {
  interface HTMLElementTagNameMap {
    'knead-booking-button': KneadBookingButton;
  }
}
