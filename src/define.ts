/** Registers every knead element: the CDN bundle's entry. */
import './clinic/define.js';
import './booking-button/define.js';

export * from './index.js';
