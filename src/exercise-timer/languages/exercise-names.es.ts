import type { ExerciseNames } from '../exercise-names.js';

/** The built-in exercises' names in Spanish, as Spanish-speaking physiotherapists say them. */
export const EXERCISE_NAMES_ES: ExerciseNames = {
  'cat-cow': 'Gato-vaca',
  'bird-dog': 'Perro de caza',
  bridge: 'Puente',
  superman: 'Superman',
  'dead-bug': 'Bicho muerto',
  'pelvic-tilt': 'Basculación pélvica',
};
