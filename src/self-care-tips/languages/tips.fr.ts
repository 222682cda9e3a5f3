/**
 * The built-in tips in French, with the same care as the English: "peut aider", never more
 * than the sources say (docs/content-sources.md, "Self-care tips").
 */
import type { TipTexts } from '../tip-texts.js';

/** The built-in tips' words in French, by tip id. */
export const TIPS_FR: TipTexts = {
  'heat-cold': {
    title: 'Du chaud avant, du froid après',
    text: 'Un peu de chaleur avant un massage, comme une douche chaude ou une compresse chaude, peut aider vos muscles à se détendre. Après la séance, une compresse froide peut aider à apaiser les courbatures.',
  },
  water: {
    title: 'Buvez de l’eau',
    text: 'Buvez un verre d’eau avant votre séance, puis de nouveau après. Boire de l’eau après l’exercice est aussi une bonne habitude.',
  },
  stretching: {
    title: 'Étirez-vous en douceur',
    text: 'Des étirements doux après une séance peuvent vous aider à garder l’aisance de mouvement qu’elle vous a apportée. Arrêtez tout étirement qui fait mal.',
  },
  posture: {
    title: 'Soignez votre posture',
    text: 'Portez attention à votre façon de vous asseoir, de vous tenir debout et de dormir. Un poste de travail bien réglé, avec l’écran, la chaise et le clavier à la bonne hauteur, peut soulager votre dos.',
  },
  'gentle-exercise': {
    title: 'Bougez en douceur',
    text: 'Une activité douce et régulière, comme la marche, la natation ou le yoga, peut aider votre dos à rester mobile. Commencez lentement, puis augmentez peu à peu.',
  },
  'regular-sessions': {
    title: 'Revenez régulièrement',
    text: 'Des séances régulières aident souvent davantage qu’une seule. Demandez à votre thérapeute à quel rythme revenir.',
  },
  lifting: {
    title: 'Pendant une crise, ménagez-vous',
    text: 'Tant que la douleur est en crise, évitez de soulever des charges lourdes et demandez de l’aide pour les porter.',
  },
  'pain-relief': {
    title: 'Antidouleurs\u202f: suivez la notice',
    text: 'Si vous prenez un antidouleur vendu sans ordonnance, respectez ce qu’indique l’emballage. En cas de doute, demandez conseil à un pharmacien ou à votre médecin.',
  },
};
