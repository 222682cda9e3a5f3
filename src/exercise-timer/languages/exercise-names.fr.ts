import type { ExerciseNames } from '../exercise-names.js';

/** The built-in exercises' names in French, as French-speaking physiotherapists say them. */
export const EXERCISE_NAMES_FR: ExerciseNames = {
  'cat-cow': 'Chat-vache',
  'bird-dog': 'Chien d’arrêt',
  bridge: 'Pont',
  superman: 'Superman',
  'dead-bug': 'Insecte mort',
  'pelvic-tilt': 'Bascule du bassin',
};
