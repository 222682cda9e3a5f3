/**
 * The built-in back-pain check in French: "vous", in words a French-speaking visitor in
 * Canada or Europe reads the same way. The emergency and urgent signs keep the English
 * meaning exactly; each is set against its English, with a back-translation, in
 * docs/medical-wording.md. No phone number here: the widget adds the clinic's emergency
 * number where the advice says to call it.
 */
import type { FlowTexts } from '../flow-texts.js';

const CHOOSE_ALL = 'Choisissez toutes les réponses qui s’appliquent.';

export const BACK_PAIN_FLOW_FR: FlowTexts = {
  title: 'Questionnaire sur le mal de dos',
  intro:
    'Quelques questions courtes sur votre mal de dos. Nous vérifions d’abord s’il y a des signes qui demandent de voir un médecin, puis nous regardons si votre douleur semble venir des muscles, ou plutôt d’un disque ou d’un nerf, et ce qui pourrait vous aider.',
  items: {
    emergency: {
      text: 'Est-ce qu’une de ces situations vous concerne en ce moment ?',
      helpText: CHOOSE_ALL,
      options: {
        'bladder-bowel':
          'Je ne contrôle plus mon urine ou mes selles, ou je ne sens plus quand j’ai besoin d’uriner ou d’aller à la selle',
        'saddle-numbness':
          'J’ai un engourdissement autour des parties génitales, des fesses ou à l’intérieur des cuisses',
        'both-legs': 'Je sens de la faiblesse ou un engourdissement dans les deux jambes',
        urination: 'Depuis peu, j’ai de la difficulté à démarrer ou à arrêter le jet quand j’urine',
        'sexual-function':
          'Depuis peu, je sens un engourdissement pendant les relations sexuelles, ou j’ai des problèmes d’érection ou d’éjaculation',
        'chest-pain':
          'J’ai une douleur à la poitrine, ou une douleur qui s’étend au bras ou à la mâchoire',
        'serious-accident':
          'La douleur a commencé après un accident grave, comme un accident de voiture ou une mauvaise chute',
        none: 'Aucune de ces situations',
      },
    },
    urgent: {
      text: 'Est-ce qu’une de ces situations vous concerne ?',
      helpText: CHOOSE_ALL,
      options: {
        fever: 'J’ai de la fièvre, ou je ne me sens pas bien de façon générale',
        'weight-loss': 'J’ai perdu du poids sans chercher à maigrir',
        cancer: 'J’ai ou j’ai eu un cancer',
        'night-pain': 'La douleur est pire la nuit, ou le repos ne la soulage pas du tout',
        infection:
          'J’ai ou j’ai eu récemment une infection, ou mon système immunitaire est affaibli',
        steroids:
          'Je prends depuis longtemps, ou j’ai pris pendant longtemps, un médicament à base de stéroïdes (comme la cortisone)',
        osteoporosis:
          'J’ai de l’ostéoporose (des os fragiles) et la douleur a commencé après une chute ou un coup',
        age: 'Ce mal de dos est nouveau, et j’ai moins de 20 ans ou plus de 50 ans',
        lump: 'J’ai une bosse ou une enflure dans le dos, ou mon dos a changé de forme',
        'upper-back': 'La douleur est dans le haut du dos, entre les omoplates',
        'cough-strain':
          'La douleur augmente quand je tousse, quand j’éternue ou quand je vais à la selle',
        none: 'Aucune de ces situations',
      },
    },
    area: {
      text: 'Où avez-vous le plus mal ?',
      options: {
        'lower-back': 'Dans le bas du dos',
        'mid-upper-back': 'Au milieu ou dans le haut du dos',
        'neck-shoulders': 'Au cou et aux épaules',
        several: 'À plus d’un de ces endroits',
      },
    },
    character: {
      text: 'Comment est la douleur, la plupart du temps ?',
      options: {
        ache: 'Une douleur sourde, de la raideur ou une sensation de tension',
        sharp: 'Vive, en élancements ou comme une brûlure',
        unsure: 'Un peu des deux, ou je ne saurais pas dire',
      },
    },
    'below-knee': { text: 'La douleur descend-elle dans une jambe, plus bas que le genou ?' },
    'leg-symptoms': {
      text: 'Avez-vous un engourdissement, des picotements ou de la faiblesse dans une jambe ?',
    },
    'worse-with': {
      text: 'Qu’est-ce qui aggrave la douleur ?',
      helpText: CHOOSE_ALL,
      options: {
        moving: 'Bouger, et elle se calme quand je me repose',
        sitting: 'Rester longtemps en position assise',
        bending: 'Me pencher vers l’avant ou soulever des charges',
        none: 'Rien en particulier, ou je ne sais pas',
      },
    },
    onset: {
      text: 'Comment la douleur a-t-elle commencé ?',
      options: {
        overuse: 'Après plus d’activité que d’habitude : sport, port de charges, jardinage',
        posture: 'Peu à peu, avec de longues heures à un bureau ou dans la même position',
        strain: 'D’un coup, après une torsion ou un effort brusque',
        unknown: 'Sans raison que je puisse voir',
      },
    },
    duration: {
      text: 'Depuis combien de temps avez-vous cette douleur ?',
      options: {
        days: 'Moins d’une semaine',
        weeks: 'D’une à six semaines',
        months: 'Plus de six semaines',
      },
    },
  },
  outcomes: {
    emergency: {
      title: 'Obtenez de l’aide médicale tout de suite',
      advice:
        'Ce que vous décrivez peut être le signe d’un problème grave, comme une pression sur les nerfs au bas de la colonne vertébrale, qui doit être traité en quelques heures. Appelez le numéro d’urgence tout de suite, ou allez directement au service des urgences. N’attendez pas de voir si ça passe, et ne prenez pas rendez-vous pour un massage.',
    },
    urgent: {
      title: 'Consultez d’abord un médecin, aujourd’hui si vous le pouvez',
      advice:
        'Avec un mal de dos, ce que vous nous avez dit est une raison de vous faire examiner par un médecin avant tout massage. Communiquez avec votre médecin ou une clinique sans rendez-vous aujourd’hui, ou dès que vous le pouvez. Si votre état s’aggrave rapidement, ou si un signe d’urgence apparaît, appelez le numéro d’urgence.',
    },
    'disc-nerve': {
      title:
        'Un disque ou un nerf est peut-être en cause : consultez d’abord un professionnel de la santé',
      advice:
        'Certains des symptômes que vous décrivez, comme une douleur en élancements ou qui descend dans une jambe, des picotements ou de la faiblesse, peuvent venir d’un disque ou d’un nerf irrité. Faites-les évaluer par un physiothérapeute ou un médecin avant de prendre rendez-vous pour un massage. Une fois qu’ils vous auront donné le feu vert, des techniques douces peuvent aider, et votre thérapeute pourra suivre leurs conseils.',
    },
    muscular: {
      title: 'Cela ressemble à une douleur musculaire, et le massage peut aider',
      advice:
        'Une douleur sourde ou une raideur apparue après un effort, une trop grande sollicitation ou de longues heures dans la même position vient habituellement de muscles tendus et surmenés. Le massage peut relâcher cette tension, et des exercices doux aident à la tenir à distance. Si la douleur change, descend dans une jambe ou ne s’est pas améliorée après quelques semaines, consultez un professionnel de la santé.',
    },
    unclear: {
      title: 'L’origine de votre douleur n’est pas claire',
      advice:
        'Vos réponses n’indiquent pas clairement une douleur musculaire. Un physiothérapeute ou un médecin peut vous examiner et trouver la cause. N’hésitez pas non plus à communiquer avec nous : nous pouvons en parler avec vous et vous dire si un massage est une bonne idée.',
    },
  },
};
