/**
 * The exercise pictures' templates: a built-in figure in one position, the start and end
 * positions side by side, and the stage's picture as the run's moment asks (see
 * picture-plan.ts). The figures are decorative line drawings (the steps are the text); a
 * clinic's own picture carries its `imageAlt`, or is decorative without one.
 */
import { html, nothing, svg } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Exercise } from '../routine-types.js';
import { endFor, pictureShow, type PoseName } from '../picture-plan.js';
import type { PictureController } from '../picture-controller.js';
import type { TimerState } from '../timer-machine.js';
import type { TimerMessages } from '../timer-messages.js';
import { FIGURE_VIEW_BOX, figurePoses, figureStrokes, hasFigure } from './figure-paths.js';

/**
 * One figure in one position, in `currentColor`; `moving` marks the one whose strokes the
 * picture controller redraws each frame.
 */
export function figureView(id: string, pose: PoseName, moving = false) {
  const strokes = figureStrokes(id, pose);
  if (!strokes) return nothing;
  const drawing = html`<svg
    class="figure ${moving ? 'moving' : ''}"
    viewBox=${FIGURE_VIEW_BOX}
    aria-hidden="true"
    focusable="false"
  >
    ${strokes.map(({ kind, d }) => svg`<path class=${kind} d=${d}></path>`)}
  </svg>`;
  // Keyed, the moving figure is an element of its own: Lit draws the still figure after it
  // afresh rather than keeping the strokes where the frames left them (Lit never saw those).
  return keyed(moving, drawing);
}

/** The start and end positions side by side, each named under it ("Start", "End"). */
export function pairView(id: string, end: PoseName, text: TimerMessages) {
  return html`<div class="pair" aria-hidden="true">
    <figure>
      ${figureView(id, 'start')}
      <figcaption>${text.startPosition}</figcaption>
    </figure>
    <span class="arrow">→</span>
    <figure>
      ${figureView(id, end)}
      <figcaption>${text.endPosition}</figcaption>
    </figure>
  </div>`;
}

/** A clinic's own picture of the exercise. */
const photoView = ({ image, imageAlt }: Exercise) =>
  html`<img class="photo" src=${image!} alt=${imageAlt ?? ''} decoding="async" />`;

/**
 * The picture on the stage for `shown` (the exercise whose steps show) at the run's moment,
 * and the movement asked of `pictures` for it.
 */
export function stagePictureView(
  shown: Exercise,
  view: TimerState,
  pictures: PictureController,
  text: TimerMessages,
) {
  if (shown.image) return html`<div part="picture" class="picture">${photoView(shown)}</div>`;
  if (!hasFigure(shown.id)) return nothing;
  const show = pictureShow({
    status: view.status,
    phase: view.phase,
    intoPhaseMs: view.intoPhaseMs,
    poses: figurePoses(shown.id),
    holds: shown.holdSeconds > 0,
    reducedMotion: pictures.reducedMotion,
  });
  pictures.show(shown.id, show);
  return html`<div part="picture" class="picture ${show.kind}">
    ${
      show.kind === 'pair'
        ? pairView(shown.id, show.to, text)
        : figureView(shown.id, show.kind === 'moving' ? 'start' : show.pose, show.kind === 'moving')
    }
  </div>`;
}

/** An exercise's picture on the printed routine: its start and end, or the clinic's own. */
export function handoutPictureView(exercise: Exercise, text: TimerMessages) {
  if (exercise.image) return photoView(exercise);
  if (!hasFigure(exercise.id)) return nothing;
  return pairView(exercise.id, endFor(figurePoses(exercise.id), 'left'), text);
}
