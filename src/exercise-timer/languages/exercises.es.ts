import type { ExerciseTexts } from '../exercise-texts.js';

/**
 * The built-in exercises' steps and breathing, and the built-in routine's name, in Spanish
 * (the names are in exercise-names.es.ts). Same meaning as the English, step by step.
 */
export const EXERCISES_ES: ExerciseTexts = {
  exercises: {
    'cat-cow': {
      steps: [
        'Apóyese en manos y rodillas: las manos debajo de los hombros, las rodillas debajo de las caderas.',
        'Vaca: deje que el abdomen baje y levante la cabeza y el coxis.',
        'Gato: arquee la espalda hacia arriba, baje el mentón y lleve el ombligo hacia adentro.',
        'Muévase sin pausas, con una respiración lenta en cada sentido.',
      ],
      breathing: 'Inhale en la vaca y exhale en el gato.',
    },
    'bird-dog': {
      steps: [
        'Comience apoyándose en manos y rodillas, con la espalda recta.',
        'Estire un brazo hacia adelante y la pierna contraria hacia atrás.',
        'Mantenga la cadera nivelada y la columna quieta mientras sostiene la posición.',
        'Vuelva a apoyarse en manos y rodillas y cambie de lado.',
      ],
      breathing: 'Exhale al estirarse y respire con normalidad mientras sostiene la posición.',
    },
    bridge: {
      steps: [
        'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados, separados al ancho de la cadera.',
        'Contraiga el abdomen y los glúteos.',
        'Eleve la cadera hasta que los hombros, la cadera y las rodillas formen una línea recta.',
        'Sostenga la posición y luego baje despacio.',
      ],
      breathing: 'Exhale al subir; siga respirando mientras sostiene la posición.',
    },
    superman: {
      steps: [
        'Acuéstese boca abajo, con los brazos estirados más allá de la cabeza y las piernas extendidas.',
        'Levante un poco del suelo el pecho, los brazos y las piernas.',
        'Mantenga el cuello largo y relajado, con la mirada hacia el suelo.',
        'Sostenga la posición y luego baje con control.',
      ],
      breathing: 'Exhale al subir e inhale al bajar.',
    },
    'dead-bug': {
      steps: [
        'Acuéstese boca arriba, con los brazos apuntando al techo y las rodillas dobladas en ángulo recto sobre la cadera.',
        'Presione suavemente la parte baja de la espalda contra el suelo y manténgala ahí.',
        'Baje despacio una pierna y el brazo contrario hacia el suelo.',
        'Vuelva a subirlos y cambie de lado.',
      ],
      breathing: 'Exhale al bajar e inhale al volver.',
    },
    'pelvic-tilt': {
      steps: [
        'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados.',
        'Inhale y, al exhalar, incline la pelvis para que la parte baja de la espalda quede plana contra el suelo.',
        'Sostenga la posición y luego suelte.',
      ],
      breathing: 'Inhale para prepararse y exhale al inclinar la pelvis.',
    },
  },
  routines: { 'back-basics': { name: 'Lo básico para la espalda' } },
};
