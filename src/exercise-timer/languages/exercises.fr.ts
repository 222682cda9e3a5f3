import type { ExerciseTexts } from '../exercise-texts.js';

/**
 * The built-in exercises' steps and breathing, and the built-in routine's name, in French
 * (the names are in exercise-names.fr.ts). Same meaning as the English, step by step.
 */
export const EXERCISES_FR: ExerciseTexts = {
  exercises: {
    'cat-cow': {
      steps: [
        'Mettez-vous à quatre pattes\u202f: les mains sous les épaules, les genoux sous les hanches.',
        'Vache\u202f: laissez le ventre descendre et levez la tête et le coccyx.',
        'Chat\u202f: arrondissez le dos, rentrez le menton et ramenez le nombril vers l’intérieur.',
        'Enchaînez en douceur, une respiration lente dans chaque sens.',
      ],
      breathing: 'Inspirez pour la vache, expirez pour le chat.',
    },
    'bird-dog': {
      steps: [
        'Commencez à quatre pattes, le dos bien plat.',
        'Tendez un bras vers l’avant et la jambe opposée vers l’arrière.',
        'Gardez les hanches à niveau et le dos immobile pendant le maintien.',
        'Revenez à quatre pattes et changez de côté.',
      ],
      breathing:
        'Expirez en allongeant le bras et la jambe, respirez normalement pendant le maintien.',
    },
    bridge: {
      steps: [
        'Allongez-vous sur le dos, genoux pliés, pieds à plat, écartés de la largeur des hanches.',
        'Contractez le ventre et les fessiers.',
        'Soulevez le bassin jusqu’à ce que les épaules, les hanches et les genoux soient alignés.',
        'Maintenez la position, puis redescendez lentement.',
      ],
      breathing: 'Expirez en montant\u202f; continuez de respirer pendant le maintien.',
    },
    superman: {
      steps: [
        'Allongez-vous sur le ventre, les bras tendus au-delà de la tête, les jambes allongées.',
        'Décollez légèrement du sol la poitrine, les bras et les jambes.',
        'Gardez la nuque longue et détendue, le regard vers le sol.',
        'Maintenez la position, puis redescendez en contrôlant le mouvement.',
      ],
      breathing: 'Expirez en montant, inspirez en redescendant.',
    },
    'dead-bug': {
      steps: [
        'Allongez-vous sur le dos, les bras tendus vers le plafond, les genoux pliés à angle droit au-dessus des hanches.',
        'Appuyez doucement le bas du dos contre le sol et gardez-le ainsi.',
        'Descendez lentement une jambe et le bras opposé vers le sol.',
        'Ramenez-les, puis changez de côté.',
      ],
      breathing: 'Expirez en descendant, inspirez en revenant.',
    },
    'pelvic-tilt': {
      steps: [
        'Allongez-vous sur le dos, les genoux pliés et les pieds à plat.',
        'Inspirez puis, en expirant, basculez le bassin pour que le bas du dos s’aplatisse contre le sol.',
        'Maintenez la position, puis relâchez.',
      ],
      breathing: 'Inspirez pour vous préparer, expirez en basculant le bassin.',
    },
  },
  routines: { 'back-basics': { name: 'L’essentiel pour le dos' } },
};
