/**
 * The exercise pictures and the printed routine, loaded by the timer after its first render
 * (one chunk of their own): the figures, their templates, the handout and their styles.
 */
export { stagePictureView } from './picture-view.js';
export { handoutView } from './handout-view.js';
export { paperStyles } from './paper.styles.js';
export { printRoutine } from './routine-printer.js';
export { figureStrokesAt } from './figure-paths.js';
