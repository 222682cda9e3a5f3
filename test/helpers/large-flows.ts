/**
 * Large and hostile symptom-check flows, as a clinic could paste them (plain JSON), for the
 * flow validator's unit tests and its benchmark (scripts/bench-flow-validation.js). Written
 * with the tests' flow builders (test/symptom-check/flow-builders.ts).
 */

import {
  exists as answered,
  is,
  no,
  opt,
  outcome as outcomeAt,
  yes,
} from '../symptom-check/flow-builders.js';
import type { Condition, OutcomeLevel } from '../../src/symptom-check/flow-types.js';

type Json = Record<string, unknown>;

const outcome = (id: string, level: OutcomeLevel, when?: Condition): Json => ({
  ...outcomeAt(id, level, when),
});

const SECTIONS = 10;
const SEVERITY = ['mild', 'moderate', 'severe', 'unsure'];

/**
 * A clinic's whole-body check with `questions` items (at least 13): emergency and urgent
 * screening (each a multi-choice list with "None of these"), an area question, then one
 * section per area of about equal length, every item of a section asked only for its area.
 * A section cycles through a yes/no question, a severity choice, a multi-choice list with
 * "None" and a yes/no follow-up asked only after "yes" to the section's first question
 * before it; it ends with a note. Each section has a clinician outcome (a yes, a severe
 * rating or the list's fourth sign) and a massage outcome (a mild rating without that sign),
 * both waiting for the note; a fallback takes the rest. Every item is asked and every
 * outcome reachable.
 *
 * `dead` adds two last questions: a yes/no whose "yes" ends the check at once (an urgent
 * outcome), and a follow-up asked only after that "yes", so never: the flow's only problem,
 * at its last item.
 */
export function clinicFlow(questions = 200, { dead = false } = {}): Json {
  const screening = [
    {
      linkId: 'emergency',
      text: 'Do any of these apply to you right now?',
      type: 'multi-choice',
      answerOption: [...Array.from({ length: 8 }, (_, n) => opt(`e${n}`)), opt('none', true)],
    },
    {
      linkId: 'urgent',
      text: 'Do any of these apply to you?',
      type: 'multi-choice',
      answerOption: [...Array.from({ length: 8 }, (_, n) => opt(`u${n}`)), opt('none', true)],
      enableWhen: [is('emergency', 'none')],
    },
    {
      linkId: 'area',
      text: 'Where does it hurt most?',
      type: 'choice',
      answerOption: Array.from({ length: SECTIONS }, (_, s) => opt(`area${s}`)),
      enableWhen: [is('urgent', 'none')],
    },
  ];
  const rest = questions - screening.length - (dead ? 2 : 0);
  const item: Json[] = [...screening];
  const outcomes: Json[] = [
    outcome('emergency', 'emergency', {
      any: Array.from({ length: 8 }, (_, n) => is('emergency', `e${n}`)),
    }),
    outcome('urgent', 'urgent', {
      any: Array.from({ length: 8 }, (_, n) => is('urgent', `u${n}`)),
    }),
  ];
  for (let s = 0; s < SECTIONS; s++) {
    const length = Math.floor(rest / SECTIONS) + (s < rest % SECTIONS ? 1 : 0);
    const inArea = is('area', `area${s}`);
    const id = (k: number) => `s${s}-q${k}`;
    for (let k = 0; k < length - 1; k++) {
      const question: Json = { linkId: id(k), text: `Section ${s}, question ${k}?` };
      switch (k % 4) {
        case 0:
          question['type'] = 'boolean';
          break;
        case 1:
          question['type'] = 'choice';
          question['answerOption'] = SEVERITY.map((code) => opt(code));
          break;
        case 2:
          question['type'] = 'multi-choice';
          question['answerOption'] = [
            ...Array.from({ length: 5 }, (_, n) => opt(`sign${n}`)),
            opt('none', true),
          ];
          break;
        case 3:
          question['type'] = 'boolean';
          question['enableWhen'] = [inArea, yes(id(k - 3))];
          question['enableBehavior'] = 'all';
          break;
      }
      question['enableWhen'] ??= [inArea];
      item.push(question);
    }
    const note = id(length - 1);
    item.push({ linkId: note, text: 'Thank you.', type: 'display', enableWhen: [inArea] });
    const worse = { any: [yes(id(0)), is(id(1), 'severe'), is(id(2), 'sign3')] };
    outcomes.push(
      outcome(`s${s}-clinician`, 'clinician', { all: [answered(note), worse] }),
      outcome(`s${s}-massage`, 'massage', {
        all: [answered(note), no(id(0)), is(id(1), 'mild'), { not: is(id(2), 'sign3') }],
      }),
    );
  }
  if (dead) {
    item.push(
      { linkId: 'trigger', text: 'Anything else worrying you?', type: 'boolean' },
      {
        linkId: 'dead-end',
        text: 'Asked only after a yes that ends the check first.',
        type: 'boolean',
        enableWhen: [yes('trigger')],
      },
    );
    outcomes.splice(2, 0, outcome('stop-now', 'urgent', yes('trigger')));
  }
  outcomes.push(outcome('unclear', 'clinician'));
  return { id: 'whole-body', title: 'Whole-body check', intro: 'Questions.', item, outcomes };
}

/**
 * One multi-choice question with `options` signs and "None of these", and an urgent outcome
 * when any sign is chosen. `shadowed` adds a massage outcome for the first two signs
 * together, which the urgent one always beats (the flow is then refused at `outcomes[1]`).
 */
export function manyOptionsFlow(options: number, { shadowed = false } = {}): Json {
  const codes = Array.from({ length: options }, (_, n) => `sign${n}`);
  return {
    id: 'many-options',
    title: 'Many options',
    intro: 'One question.',
    item: [
      {
        linkId: 'signs',
        text: 'Do any of these apply?',
        type: 'multi-choice',
        answerOption: [...codes.map((code) => opt(code)), opt('none', true)],
      },
    ],
    outcomes: [
      outcome('see-doctor', 'urgent', { any: codes.map((code) => is('signs', code)) }),
      ...(shadowed
        ? [
            outcome('two-signs', 'massage', {
              all: [is('signs', codes[0]!), is('signs', codes[1]!)],
            }),
          ]
        : []),
      outcome('fallback', 'clinician'),
    ],
  };
}

/**
 * `length` yes/no questions, each asked only after "yes" to the one before; a massage
 * outcome for "yes" to the last, the fallback otherwise. Valid: every item asked.
 */
export function enableWhenChain(length: number): Json {
  const id = (k: number) => `q${k}`;
  return {
    id: 'chain',
    title: 'Chain',
    intro: 'Yes after yes.',
    item: Array.from({ length }, (_, k) => ({
      linkId: id(k),
      text: `Question ${k}?`,
      type: 'boolean',
      ...(k ? { enableWhen: [yes(id(k - 1))] } : {}),
    })),
    outcomes: [
      outcome('all-yes', 'massage', yes(id(length - 1))),
      outcome('fallback', 'clinician'),
    ],
  };
}

/**
 * Built to make an exact reachability check explode: `pairs` early yes/no questions a_i,
 * each with a clinician outcome for "a_i yes and the last question no", so every mix of
 * early answers leaves a different set of outcomes still open (2^pairs of them). The last
 * question's "yes" is wanted by a massage outcome that an emergency outcome on the same
 * answer always beats. No search can tell that without trying every mix, so the check
 * must give up at its limit, and say so.
 */
export function explodingFlow(pairs = 60): Json {
  const a = (i: number) => `a${i}`;
  return {
    id: 'exploding',
    title: 'Exploding',
    intro: 'Many independent answers.',
    item: [
      ...Array.from({ length: pairs }, (_, i) => ({
        linkId: a(i),
        text: `Early question ${i}?`,
        type: 'boolean',
      })),
      { linkId: 'last', text: 'Last question?', type: 'boolean' },
    ],
    outcomes: [
      outcome('shadowed', 'massage', yes('last')),
      outcome('emergency', 'emergency', yes('last')),
      ...Array.from({ length: pairs }, (_, i) =>
        outcome(`pair${i}`, 'clinician', { all: [yes(a(i)), no('last')] }),
      ),
      outcome('fallback', 'clinician'),
    ],
  };
}
