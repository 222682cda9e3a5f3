/** Registers every knead element: the CDN bundle's entry. */
import './clinic/define.js';
import './booking-button/define.js';
import './booking-frame/define.js';
import './technique-card/define.js';
import './technique-list/define.js';
import './symptom-check/define.js';
import './exercise-timer/define.js';
import './self-care-tips/define.js';

export * from './index.js';
