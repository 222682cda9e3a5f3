/**
 * The built-in back-pain check, in the project's own words. Where each question, red flag
 * and outcome comes from (NICE NG59, cauda equina warning signs): docs/content-sources.md,
 * "Back-pain check".
 *
 * Order matters: emergency signs first, then signs that need a doctor soon, and only then
 * the questions that tell a muscle pattern from a disc or nerve pattern. The pattern
 * outcomes wait for the last question, so every pattern answer counts; any nerve sign makes
 * the disc outcome match, and as it is more severe than the massage outcome it wins.
 */
import type { AnswerTest, Condition, Flow } from './flow-types.js';

const is = (question: string, code: string): AnswerTest => ({
  question,
  operator: '=',
  answerCoding: { code },
});
const yes = (question: string): AnswerTest => ({ question, operator: '=', answerBoolean: true });
const answered = (question: string): AnswerTest => ({ question, operator: 'exists' });

const EMERGENCY_SIGNS = [
  [
    'bladder-bowel',
    'I have lost control of my bladder or bowels, or cannot feel when they are full',
  ],
  ['saddle-numbness', 'I have numbness around my genitals, bottom or inner thighs'],
  ['both-legs', 'Both of my legs feel weak or numb'],
  ['urination', 'I have new trouble starting or stopping when I pass urine'],
  [
    'sexual-function',
    'I have new numbness during sex, or new trouble with an erection or ejaculation',
  ],
  ['chest-pain', 'I have chest pain, or pain spreading to my arm or jaw'],
  [
    'serious-accident',
    'The pain began after a serious accident, such as a car crash or a bad fall',
  ],
] as const;

const URGENT_SIGNS = [
  ['fever', 'I have a fever, or feel generally unwell'],
  ['weight-loss', 'I have lost weight without trying'],
  ['cancer', 'I have had cancer'],
  ['night-pain', 'The pain is worse at night, or rest does not ease it at all'],
  ['infection', 'I have had a recent infection, or my immune system is weakened'],
  ['steroids', 'I have taken steroid medicine for a long time'],
  ['osteoporosis', 'I have osteoporosis (thin bones) and the pain began after a fall or knock'],
  ['age', 'This back pain is new, and I am under 20 or over 50'],
  ['lump', 'I have a lump or swelling on my back, or my back has changed shape'],
  ['upper-back', 'The pain is high in my back, between my shoulder blades'],
  ['cough-strain', 'The pain gets worse when I cough, sneeze or open my bowels'],
] as const;

/** Any sign of the list, answered on its screen. */
const anyOf = (question: string, signs: readonly (readonly [string, string])[]): Condition => ({
  any: signs.map(([code]) => is(question, code)),
});

export const BACK_PAIN_FLOW: Flow = {
  id: 'back-pain',
  title: 'Back pain check',
  intro:
    'A few short questions about your back pain. First we check for signs that need a doctor, then we look at whether your pain seems to come from muscles or from a disc or nerve, and what might help.',
  item: [
    {
      linkId: 'emergency',
      text: 'Do any of these apply to you right now?',
      helpText: 'Choose every one that applies.',
      type: 'multi-choice',
      answerOption: [
        ...EMERGENCY_SIGNS.map(([code, display]) => ({ valueCoding: { code, display } })),
        { valueCoding: { code: 'none', display: 'None of these' }, exclusive: true },
      ],
    },
    {
      linkId: 'urgent',
      text: 'Do any of these apply to you?',
      helpText: 'Choose every one that applies.',
      type: 'multi-choice',
      answerOption: [
        ...URGENT_SIGNS.map(([code, display]) => ({ valueCoding: { code, display } })),
        { valueCoding: { code: 'none', display: 'None of these' }, exclusive: true },
      ],
      enableWhen: [is('emergency', 'none')],
    },
    {
      linkId: 'area',
      text: 'Where does it hurt most?',
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'lower-back', display: 'Lower back' } },
        { valueCoding: { code: 'mid-upper-back', display: 'Middle or upper back' } },
        { valueCoding: { code: 'neck-shoulders', display: 'Neck and shoulders' } },
        { valueCoding: { code: 'several', display: 'In more than one of these places' } },
      ],
      enableWhen: [is('urgent', 'none')],
    },
    {
      linkId: 'character',
      text: 'What does the pain feel like, most of the time?',
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'ache', display: 'A dull ache, stiffness or tightness' } },
        { valueCoding: { code: 'sharp', display: 'Sharp, shooting or burning' } },
        { valueCoding: { code: 'unsure', display: 'A mix of both, or I cannot tell' } },
      ],
      enableWhen: [is('urgent', 'none')],
    },
    {
      linkId: 'below-knee',
      text: 'Does the pain spread down a leg, past the knee?',
      type: 'boolean',
      enableWhen: [is('urgent', 'none')],
    },
    {
      linkId: 'leg-symptoms',
      text: 'Do you have numbness, tingling or weakness in one leg?',
      type: 'boolean',
      enableWhen: [is('urgent', 'none')],
    },
    {
      linkId: 'worse-with',
      text: 'What makes it worse?',
      helpText: 'Choose every one that applies.',
      type: 'multi-choice',
      answerOption: [
        { valueCoding: { code: 'moving', display: 'Moving about, and it eases when I rest' } },
        { valueCoding: { code: 'sitting', display: 'Sitting for a long time' } },
        { valueCoding: { code: 'bending', display: 'Bending forward or lifting' } },
        {
          valueCoding: { code: 'none', display: 'Nothing in particular, or I am not sure' },
          exclusive: true,
        },
      ],
      enableWhen: [is('urgent', 'none')],
    },
    {
      linkId: 'onset',
      text: 'How did it start?',
      type: 'choice',
      answerOption: [
        {
          valueCoding: {
            code: 'overuse',
            display: 'After more activity than usual: sport, lifting, gardening',
          },
        },
        {
          valueCoding: {
            code: 'posture',
            display: 'Slowly, with long hours at a desk or in one position',
          },
        },
        { valueCoding: { code: 'strain', display: 'Suddenly, with a twist or a strain' } },
        { valueCoding: { code: 'unknown', display: 'For no reason I can think of' } },
      ],
      enableWhen: [is('urgent', 'none')],
    },
    {
      linkId: 'duration',
      text: 'How long have you had this pain?',
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'days', display: 'Less than a week' } },
        { valueCoding: { code: 'weeks', display: 'One to six weeks' } },
        { valueCoding: { code: 'months', display: 'More than six weeks' } },
      ],
      enableWhen: [is('urgent', 'none')],
    },
  ],
  outcomes: [
    {
      id: 'emergency',
      level: 'emergency',
      when: anyOf('emergency', EMERGENCY_SIGNS),
      title: 'Get medical help now',
      advice:
        'What you describe can be a sign of a serious problem, such as pressure on the nerves at the base of the spine, that needs treatment within hours. Call the emergency number now, or go straight to an emergency department. Do not wait to see if it passes, and do not book a massage.',
    },
    {
      id: 'urgent',
      level: 'urgent',
      when: anyOf('urgent', URGENT_SIGNS),
      title: 'See a doctor first, today if you can',
      advice:
        'Together with back pain, what you told us is a reason to be checked by a doctor before any massage. Contact your doctor or an urgent care service today, or as soon as you can. If it gets worse quickly, or any emergency sign appears, call the emergency number.',
    },
    {
      id: 'disc-nerve',
      level: 'clinician',
      when: {
        all: [
          answered('duration'),
          {
            any: [
              yes('below-knee'),
              yes('leg-symptoms'),
              is('character', 'sharp'),
              { all: [is('worse-with', 'sitting'), is('worse-with', 'bending')] },
            ],
          },
        ],
      },
      title: 'This may involve a disc or a nerve: see a clinician first',
      advice:
        'Some of what you describe, such as pain that shoots or travels down a leg, or tingling or weakness, can come from an irritated disc or nerve. Please have it assessed by a physiotherapist or doctor before booking a massage. Once they have cleared you, gentle techniques may help, and your therapist can work with their advice.',
      techniques: ['swedish', 'myofascial-release'],
    },
    {
      id: 'muscular',
      level: 'massage',
      when: {
        all: [
          answered('duration'),
          is('character', 'ache'),
          {
            any: [
              is('worse-with', 'moving'),
              is('onset', 'overuse'),
              is('onset', 'posture'),
              is('onset', 'strain'),
            ],
          },
        ],
      },
      title: 'This sounds like muscle pain, and massage can help',
      advice:
        'A dull ache or stiffness that came on with strain, overuse or long hours in one position usually comes from tight, overworked muscles. Massage can ease that tension, and gentle exercises help keep it away. If the pain changes, spreads down a leg, or has not improved after a few weeks, see a clinician.',
      techniques: ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release'],
      exercises: ['cat-cow', 'bird-dog', 'bridge', 'superman', 'dead-bug', 'pelvic-tilt'],
    },
    {
      id: 'unclear',
      level: 'clinician',
      title: 'It is not clear where your pain comes from',
      advice:
        'Your answers do not point clearly to muscle pain. A physiotherapist or doctor can examine you and find the cause. You are also welcome to contact us: we can talk it through and tell you whether a massage is a good idea.',
    },
  ],
};
