/**
 * The exercise pictures' templates: a built-in figure in one position, the start and end
 * positions side by side, and the stage's picture as the run's moment asks (see
 * picture-plan.ts). The figures are decorative line drawings (the steps are the text); a
 * clinic's own picture carries its `imageAlt`, or is decorative without one.
 */
import { html, nothing, svg } from 'lit';
import { EXERCISE_NAMES } from './exercise-names.js';
import type { Exercise } from './routine-types.js';
import { endFor, pictureShow, type PoseName } from './picture-plan.js';
import type { Figures, PictureController } from './picture-controller.js';
import type { TimerState } from './timer-machine.js';
import type { TimerMessages } from './timer-messages.js';

/** One figure in one position, in `currentColor`; `moving` marks the one that animates. */
export function figureView(figures: Figures, id: string, pose: PoseName, moving = false) {
  const strokes = figures.figureStrokes(id, pose);
  if (!strokes) return nothing;
  return html`<svg
    class="figure ${moving ? 'moving' : ''}"
    viewBox=${figures.FIGURE_VIEW_BOX}
    aria-hidden="true"
    focusable="false"
  >
    ${strokes.map(({ kind, d }) => svg`<path class=${kind} d=${d}></path>`)}
  </svg>`;
}

/** The start and end positions side by side, each named under it ("Start", "End"). */
export function pairView(figures: Figures, id: string, end: PoseName, text: TimerMessages) {
  return html`<div class="pair" aria-hidden="true">
    <figure>
      ${figureView(figures, id, 'start')}
      <figcaption>${text.startPosition}</figcaption>
    </figure>
    <span class="arrow">→</span>
    <figure>
      ${figureView(figures, id, end)}
      <figcaption>${text.endPosition}</figcaption>
    </figure>
  </div>`;
}

/** A clinic's own picture of the exercise. */
const photoView = ({ image, imageAlt }: Exercise) =>
  html`<img class="photo" src=${image!} alt=${imageAlt ?? ''} decoding="async" />`;

/** True when the exercise has a built-in figure, known before the figures load. */
const drawn = (exercise: Exercise) => Object.hasOwn(EXERCISE_NAMES, exercise.id);

/**
 * The picture on the stage for `shown` (the exercise whose steps show) at the run's moment,
 * and the movement asked of `pictures` for it. Before the figures load, an empty box keeps
 * their place, so nothing moves when they come.
 */
export function stagePictureView(
  shown: Exercise,
  view: TimerState,
  pictures: PictureController,
  text: TimerMessages,
) {
  pictures.show('', shown.id, undefined);
  if (shown.image) return html`<div part="picture" class="picture">${photoView(shown)}</div>`;
  if (!drawn(shown)) return nothing;
  const { figures } = pictures;
  if (!figures?.hasFigure(shown.id)) return html`<div part="picture" class="picture"></div>`;
  const poses = figures.figurePoses(shown.id);
  const show = pictureShow({
    status: view.status,
    phase: view.phase,
    intoPhaseMs: view.intoPhaseMs,
    poses,
    holds: shown.holdSeconds > 0,
    reducedMotion: pictures.reducedMotion,
  });
  pictures.show(`${view.phaseIndex} ${shown.id}`, shown.id, show);
  return html`<div part="picture" class="picture ${show.kind}">
    ${
      show.kind === 'pair'
        ? pairView(figures, shown.id, show.to, text)
        : show.kind === 'moving'
          ? figureView(figures, shown.id, 'start', true)
          : figureView(figures, shown.id, show.pose)
    }
  </div>`;
}

/** An exercise's picture on the printed routine: its start and end, or the clinic's own. */
export function handoutPictureView(
  exercise: Exercise,
  figures: Figures | undefined,
  text: TimerMessages,
) {
  if (exercise.image) return photoView(exercise);
  if (!figures?.hasFigure(exercise.id)) return nothing;
  const end = endFor(figures.figurePoses(exercise.id), 'left');
  return pairView(figures, exercise.id, end, text);
}
