import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { answer, back, next, progress, type Step } from '../../src/symptom-check/flow-machine.js';
import { parseFlow } from '../../src/symptom-check/flow-validation.js';
import type {
  AnswerValue,
  Answers,
  Flow,
  FlowItem,
  Outcome,
} from '../../src/symptom-check/flow-types.js';
import { findTechnique } from '../../src/technique-card/built-in-techniques.js';

const FLOW = BACK_PAIN_FLOW;
const EXERCISES = ['cat-cow', 'bird-dog', 'bridge', 'superman', 'dead-bug', 'pelvic-tilt'];

// Helpers -----------------------------------------------------------------------------------

function itemOf(linkId: string): FlowItem {
  const item = FLOW.item.find((candidate) => candidate.linkId === linkId);
  if (!item) throw new Error(`no item ${linkId}`);
  return item;
}

function outcomeById(id: string): Outcome {
  const outcome = FLOW.outcomes.find((candidate) => candidate.id === id);
  if (!outcome) throw new Error(`no outcome ${id}`);
  return outcome;
}

/** The codes of a screen's signs: every option but "none of these". */
const signsOf = (linkId: string): string[] =>
  (itemOf(linkId).answerOption ?? [])
    .filter((option) => !option.exclusive)
    .map((option) => option.valueCoding.code);

function outcomeOf(step: Step): Outcome {
  if (step.kind !== 'outcome') throw new Error(`expected an outcome, got ${step.item.linkId}`);
  return step.outcome;
}

type Script = ReadonlyArray<readonly [string, AnswerValue]>;

/**
 * Answers like a visitor: at each step, asserts the question asked is the scripted one and
 * answers it. Returns the step after the last answer.
 */
function walk(script: Script): { step: Step; answers: Answers } {
  let answers: Answers = new Map();
  for (const [linkId, value] of script) {
    const step = next(FLOW, answers);
    expect(step.kind === 'question' && step.item.linkId, `asked before ${linkId}`).to.equal(linkId);
    answers = answer(FLOW, answers, linkId, value);
    expect(answers.get(linkId), `answer to ${linkId} taken`).to.deep.equal(value);
  }
  return { step: next(FLOW, answers), answers };
}

const SCREENS_CLEAR: Script = [
  ['emergency', ['none']],
  ['urgent', ['none']],
];

/** A dull ache from posture that gets worse with moving: the muscular pattern. */
const MUSCULAR: Record<string, AnswerValue> = {
  area: 'lower-back',
  character: 'ache',
  'below-knee': false,
  'leg-symptoms': false,
  'worse-with': ['moving'],
  onset: 'posture',
  duration: 'weeks',
};

const PATTERN_ORDER = [
  'area',
  'character',
  'below-knee',
  'leg-symptoms',
  'worse-with',
  'onset',
  'duration',
];

/** Screens clear, then the muscular pattern with some answers changed. */
const patternPath = (changes: Record<string, AnswerValue> = {}): Script => [
  ...SCREENS_CLEAR,
  ...PATTERN_ORDER.map((linkId): [string, AnswerValue] => [
    linkId,
    changes[linkId] ?? MUSCULAR[linkId]!,
  ]),
];

// What the answers contain, as the issue describes the signs.

const emergencySigns = (answers: Answers): string[] => {
  const chosen = answers.get('emergency');
  return Array.isArray(chosen) ? chosen.filter((code) => code !== 'none') : [];
};
const urgentSigns = (answers: Answers): string[] => {
  const chosen = answers.get('urgent');
  return Array.isArray(chosen) ? chosen.filter((code) => code !== 'none') : [];
};
function nerveSigns(answers: Answers): string[] {
  const signs: string[] = [];
  const worse = answers.get('worse-with');
  const has = (code: string) => Array.isArray(worse) && worse.includes(code);
  if (answers.get('below-knee') === true) signs.push('below-knee');
  if (answers.get('leg-symptoms') === true) signs.push('leg-symptoms');
  if (answers.get('character') === 'sharp') signs.push('sharp');
  if (has('coughing')) signs.push('coughing');
  if (has('sitting') && has('bending')) signs.push('sitting and bending');
  return signs;
}

function expectNothingToTry(outcome: Outcome): void {
  expect(outcome.techniques ?? [], `${outcome.id} techniques`).to.deep.equal([]);
  expect(outcome.exercises ?? [], `${outcome.id} exercises`).to.deep.equal([]);
}

// Random visitors ---------------------------------------------------------------------------

interface Pick {
  readonly index: number;
  readonly subset: readonly number[];
}

const pickArb: fc.Arbitrary<Pick> = fc.record({
  index: fc.nat(),
  subset: fc.uniqueArray(fc.nat(15), { minLength: 1, maxLength: 3 }),
});

/**
 * A valid answer chosen by `pick`: yes one time in four, any option of a choice, and for a
 * multi-choice "none of these" two times in three, else one to three of the other options.
 */
function validAnswer(item: FlowItem, pick: Pick): AnswerValue {
  const options = item.answerOption ?? [];
  switch (item.type) {
    case 'boolean':
      return pick.index % 4 === 0;
    case 'display':
      return true;
    case 'choice':
      return options[pick.index % options.length]!.valueCoding.code;
    case 'multi-choice': {
      const exclusive = options.filter((option) => option.exclusive);
      const others = options.filter((option) => !option.exclusive);
      if (exclusive.length && (pick.index % 3 !== 0 || !others.length))
        return [exclusive[pick.index % exclusive.length]!.valueCoding.code];
      const codes = pick.subset.map((n) => others[n % others.length]!.valueCoding.code);
      return [...new Set(codes)];
    }
  }
}

type Move =
  | { readonly kind: 'answer'; readonly pick: Pick }
  | { readonly kind: 'back' }
  | { readonly kind: 'reanswer'; readonly which: number; readonly pick: Pick };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: pickArb.map((pick): Move => ({ kind: 'answer', pick })) },
  { weight: 1, arbitrary: fc.constant<Move>({ kind: 'back' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), pickArb)
      .map(([which, pick]): Move => ({ kind: 'reanswer', which, pick })),
  },
);

const visitorArb = fc.record({
  moves: fc.array(moveArb, { maxLength: 30 }),
  finish: fc.array(pickArb, { minLength: 1, maxLength: 12 }),
});

/** Answers whatever is asked, with `picks` in turn, until an outcome; counts the questions. */
function finish(
  flow: Flow,
  start: Answers,
  picks: readonly Pick[],
): { answers: Answers; outcome: Outcome; asked: number } {
  let answers = start;
  for (let asked = 0; asked <= flow.item.length; asked++) {
    const step = next(flow, answers);
    if (step.kind === 'outcome') return { answers, outcome: step.outcome, asked };
    const before = answers.size;
    answers = answer(
      flow,
      answers,
      step.item.linkId,
      validAnswer(step.item, picks[asked % picks.length]!),
    );
    if (answers.size !== before + 1) throw new Error(`answer to ${step.item.linkId} not taken`);
  }
  throw new Error(`no outcome after ${flow.item.length} answers`);
}

/**
 * Where `progress` gives a count, it must be the truth: the visitor is on question
 * `current`, and finishing the check (whatever the answers) asks exactly the rest of `total`.
 */
function checkProgress(answers: Answers, picks: readonly Pick[]): boolean {
  const count = progress(FLOW, answers);
  if (!count) return false;
  const { current, total } = count;
  if (!(current >= 1 && current <= total)) throw new Error(`bad count ${current} of ${total}`);
  if (current !== answers.size + 1) throw new Error(`current ${current}, ${answers.size} answered`);
  for (const offset of [0, 1]) {
    const { asked } = finish(FLOW, answers, [...picks.slice(offset), ...picks.slice(0, offset)]);
    if (total !== current + asked - 1)
      throw new Error(`said ${current} of ${total}, but ${asked} questions were left`);
  }
  return true;
}

interface Visit {
  readonly answers: Answers;
  readonly outcome: Outcome;
  /** Questions answered going forward, back moves, and answers lost to back or re-answers. */
  readonly forward: number;
  readonly backs: number;
  readonly reanswers: number;
  readonly lost: number;
  /** How many progress counts were shown, and checked, on the way. */
  readonly counts: number;
}

/** Plays the moves (answer what is asked, Back, change an earlier answer), then finishes. */
function visit(moves: readonly Move[], picks: readonly Pick[]): Visit {
  let answers: Answers = new Map();
  let forward = 0;
  let backs = 0;
  let reanswers = 0;
  let lost = 0;
  let counts = 0;
  for (const move of moves) {
    const step = next(FLOW, answers);
    if (step.kind === 'question' && checkProgress(answers, picks)) counts++;
    const before = answers.size;
    if (move.kind === 'answer') {
      if (step.kind !== 'question') continue;
      answers = answer(FLOW, answers, step.item.linkId, validAnswer(step.item, move.pick));
      if (answers.size !== before + 1) throw new Error(`answer to ${step.item.linkId} not taken`);
      forward++;
    } else if (move.kind === 'back') {
      answers = back(FLOW, answers);
      backs++;
      lost += before - answers.size;
    } else {
      const keys = [...answers.keys()];
      if (!keys.length) continue;
      const item = itemOf(keys[move.which % keys.length]!);
      answers = answer(FLOW, answers, item.linkId, validAnswer(item, move.pick));
      reanswers++;
      if (answers.size > before) throw new Error('a re-answer added an answer');
      lost += before - answers.size;
    }
  }
  let rest = next(FLOW, answers);
  while (rest.kind === 'question') {
    if (checkProgress(answers, picks)) counts++;
    const pick = picks[forward % picks.length]!;
    const before = answers.size;
    answers = answer(FLOW, answers, rest.item.linkId, validAnswer(rest.item, pick));
    if (answers.size !== before + 1) throw new Error(`answer to ${rest.item.linkId} not taken`);
    forward++;
    if (forward > FLOW.item.length + lost) throw new Error(`still asking after ${forward}`);
    rest = next(FLOW, answers);
  }
  return { answers, outcome: rest.outcome, forward, backs, reanswers, lost, counts };
}

// Tests -------------------------------------------------------------------------------------

describe('the built-in back-pain flow', () => {
  describe('validation', () => {
    it('passes parseFlow, which hands back the same flow', () => {
      const parsed = parseFlow(FLOW);
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems)).to.equal(true);
      if (!parsed.ok) return;
      expect(JSON.parse(JSON.stringify(parsed.flow))).to.deep.equal(
        JSON.parse(JSON.stringify(FLOW)),
      );
    });

    it('passes parseFlow after a round trip through JSON, as a clinic would supply it', () => {
      const parsed = parseFlow(JSON.parse(JSON.stringify(FLOW)));
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems)).to.equal(true);
    });
  });

  describe('one scripted visitor per outcome', () => {
    it('emergency: a sign on the first screen ends the check at once', () => {
      const { step } = walk([['emergency', ['both-legs']]]);
      const outcome = outcomeOf(step);
      expect(outcome.id).to.equal('emergency');
      expect(outcome.level).to.equal('emergency');
      expectNothingToTry(outcome);
    });

    it('urgent: no emergency sign, then an urgent one', () => {
      const { step } = walk([
        ['emergency', ['none']],
        ['urgent', ['night-pain']],
      ]);
      const outcome = outcomeOf(step);
      expect(outcome.id).to.equal('urgent');
      expect(outcome.level).to.equal('urgent');
      expectNothingToTry(outcome);
    });

    it('disc-nerve: sharp pain down a leg, worse when coughing', () => {
      const { step } = walk([
        ...SCREENS_CLEAR,
        ['area', 'lower-back'],
        ['character', 'sharp'],
        ['below-knee', true],
        ['leg-symptoms', true],
        ['worse-with', ['sitting', 'coughing']],
        ['onset', 'strain'],
        ['duration', 'weeks'],
      ]);
      const outcome = outcomeOf(step);
      expect(outcome.id).to.equal('disc-nerve');
      expect(outcome.level).to.equal('clinician');
    });

    it('muscular: a dull ache from posture, worse with moving', () => {
      const outcome = outcomeOf(walk(patternPath()).step);
      expect(outcome.id).to.equal('muscular');
      expect(outcome.level).to.equal('massage');
    });

    it('unclear: nothing points to muscles or nerves', () => {
      const { step } = walk([
        ...SCREENS_CLEAR,
        ['area', 'several'],
        ['character', 'unsure'],
        ['below-knee', false],
        ['leg-symptoms', false],
        ['worse-with', ['none']],
        ['onset', 'unknown'],
        ['duration', 'months'],
      ]);
      const outcome = outcomeOf(step);
      expect(outcome.id).to.equal('unclear');
      expect(outcome.level).to.equal('clinician');
      expect(outcome.when, 'the fallback').to.equal(undefined);
    });

    it('covers every outcome of the flow', () => {
      expect(FLOW.outcomes.map((outcome) => outcome.id)).to.have.members([
        'emergency',
        'urgent',
        'disc-nerve',
        'muscular',
        'unclear',
      ]);
    });
  });

  describe('screening', () => {
    const emergency = signsOf('emergency');
    const urgent = signsOf('urgent');

    it('lists the six emergency and eight urgent signs, each screen with "none of these"', () => {
      expect(emergency).to.have.length(6);
      expect(urgent).to.have.length(8);
      for (const linkId of ['emergency', 'urgent']) {
        const exclusive = itemOf(linkId).answerOption!.filter((option) => option.exclusive);
        expect(exclusive.map((option) => option.valueCoding.code)).to.deep.equal(['none']);
      }
    });

    for (const sign of emergency)
      it(`the emergency sign "${sign}" alone ends at the emergency outcome at once`, () => {
        const outcome = outcomeOf(walk([['emergency', [sign]]]).step);
        expect(outcome.id).to.equal('emergency');
        expectNothingToTry(outcome);
      });

    it('any set of emergency signs ends at the emergency outcome', () => {
      fc.assert(
        fc.property(fc.subarray(emergency, { minLength: 1 }), (signs) => {
          expect(outcomeOf(walk([['emergency', signs]]).step).id).to.equal('emergency');
        }),
        { numRuns: 100 },
      );
    });

    for (const sign of urgent)
      it(`the urgent sign "${sign}" alone, after no emergency sign, ends at the urgent outcome`, () => {
        const outcome = outcomeOf(
          walk([
            ['emergency', ['none']],
            ['urgent', [sign]],
          ]).step,
        );
        expect(outcome.id).to.equal('urgent');
        expectNothingToTry(outcome);
      });

    it('goes on to the pattern questions when neither screen finds a sign', () => {
      const { step } = walk(SCREENS_CLEAR);
      expect(step.kind === 'question' && step.item.linkId).to.equal('area');
    });
  });

  describe('nerve signs', () => {
    it('the unchanged path is muscular', () => {
      expect(outcomeOf(walk(patternPath()).step).id).to.equal('muscular');
    });

    const signs: Array<[string, Record<string, AnswerValue>]> = [
      ['pain below the knee', { 'below-knee': true }],
      ['symptoms in one leg', { 'leg-symptoms': true }],
      ['sharp pain', { character: 'sharp' }],
      ['worse when coughing', { 'worse-with': ['moving', 'coughing'] }],
      ['worse when sitting and bending', { 'worse-with': ['sitting', 'bending'] }],
    ];
    for (const [name, changes] of signs)
      it(`${name} turns the muscular path into disc-nerve`, () => {
        const outcome = outcomeOf(walk(patternPath(changes)).step);
        expect(outcome.id).to.equal('disc-nerve');
        expect(outcome.level).to.equal('clinician');
      });

    for (const worse of [['sitting'], ['bending'], ['sitting', 'moving']])
      it(`worse with ${worse.join(' and ')} (not both sitting and bending) stays muscular`, () => {
        expect(outcomeOf(walk(patternPath({ 'worse-with': worse })).step).id).to.equal('muscular');
      });
  });

  describe('muscular pattern', () => {
    for (const onset of ['overuse', 'posture', 'strain'])
      it(`a dull ache that began with ${onset} is muscular, whatever makes it worse`, () => {
        const path = patternPath({ onset, 'worse-with': ['none'] });
        expect(outcomeOf(walk(path).step).id).to.equal('muscular');
      });

    it('a dull ache worse with moving is muscular, however it began', () => {
      const path = patternPath({ onset: 'unknown', 'worse-with': ['moving'] });
      expect(outcomeOf(walk(path).step).id).to.equal('muscular');
    });

    it('a dull ache with no known start and nothing that makes it worse is unclear', () => {
      const path = patternPath({ onset: 'unknown', 'worse-with': ['none'] });
      expect(outcomeOf(walk(path).step).id).to.equal('unclear');
    });

    for (const character of ['sharp', 'unsure'])
      it(`pain that is ${character} is never muscular`, () => {
        const outcome = outcomeOf(walk(patternPath({ character })).step);
        expect(outcome.id).to.not.equal('muscular');
      });
  });

  describe('recommendations', () => {
    it('recommends nothing to try at the emergency and urgent outcomes', () => {
      for (const id of ['emergency', 'urgent']) expectNothingToTry(outcomeById(id));
    });

    it('recommends catalog techniques and known exercises for the muscular pattern', () => {
      const muscular = outcomeById('muscular');
      expect(muscular.techniques ?? []).to.have.length.greaterThan(0);
      expect(muscular.exercises ?? []).to.have.length.greaterThan(0);
      for (const id of muscular.techniques!)
        expect(findTechnique(id), `technique ${id}`).to.not.equal(undefined);
      for (const id of muscular.exercises!) expect(EXERCISES, `exercise ${id}`).to.include(id);
    });

    it('names only catalog techniques and known exercises anywhere', () => {
      for (const outcome of FLOW.outcomes) {
        for (const id of outcome.techniques ?? [])
          expect(findTechnique(id), `${outcome.id}: technique ${id}`).to.not.equal(undefined);
        for (const id of outcome.exercises ?? []) expect(EXERCISES).to.include(id);
      }
    });

    it('leaves massage as the level of the muscular outcome only', () => {
      const massage = FLOW.outcomes.filter((outcome) => outcome.level === 'massage');
      expect(massage.map((outcome) => outcome.id)).to.deep.equal(['muscular']);
    });
  });

  describe('random visitors (fast-check)', () => {
    it('never throws and always ends in an outcome, within the questions plus the steps back', () => {
      const reached = new Set<string>();
      fc.assert(
        fc.property(visitorArb, ({ moves, finish: picks }) => {
          const result = visit(moves, picks);
          reached.add(result.outcome.id);
          expect(FLOW.outcomes).to.include(result.outcome);
          // Each answer adds one question; only Back and changed answers take any away.
          expect(result.forward + 1).to.be.at.most(FLOW.item.length + result.lost + 1);
          if (result.reanswers === 0)
            expect(result.forward + 1).to.be.at.most(FLOW.item.length + result.backs + 1);
        }),
        { numRuns: 500 },
      );
      // Not a vacuous pass: the random visitors got everywhere.
      expect([...reached]).to.have.members(FLOW.outcomes.map((outcome) => outcome.id));
    });

    it('ends at the emergency outcome, with nothing to book or try, whenever there is an emergency sign', () => {
      let seen = 0;
      fc.assert(
        fc.property(visitorArb, ({ moves, finish: picks }) => {
          const { answers, outcome } = visit(moves, picks);
          if (!emergencySigns(answers).length) {
            expect(outcome.id).to.not.equal('emergency');
            return;
          }
          seen++;
          expect(outcome.id).to.equal('emergency');
          expect(outcome.level).to.equal('emergency');
          expectNothingToTry(outcome);
        }),
        { numRuns: 500 },
      );
      expect(seen).to.be.greaterThan(0);
    });

    it('ends at the urgent outcome whenever there is an urgent sign and no emergency sign', () => {
      let seen = 0;
      fc.assert(
        fc.property(visitorArb, ({ moves, finish: picks }) => {
          const { answers, outcome } = visit(moves, picks);
          if (emergencySigns(answers).length || !urgentSigns(answers).length) {
            expect(outcome.id).to.not.equal('urgent');
            return;
          }
          seen++;
          expect(outcome.id).to.equal('urgent');
          expectNothingToTry(outcome);
        }),
        { numRuns: 500 },
      );
      expect(seen).to.be.greaterThan(0);
    });

    it('never ends at massage with any emergency, urgent or nerve sign', () => {
      let seen = 0;
      fc.assert(
        fc.property(visitorArb, ({ moves, finish: picks }) => {
          const { answers, outcome } = visit(moves, picks);
          if (outcome.level !== 'massage') return;
          seen++;
          expect(emergencySigns(answers)).to.deep.equal([]);
          expect(urgentSigns(answers)).to.deep.equal([]);
          expect(nerveSigns(answers)).to.deep.equal([]);
        }),
        { numRuns: 500 },
      );
      expect(seen, 'some visits end at massage').to.be.greaterThan(0);
    });

    it('after clear screens, any nerve sign ends at disc-nerve and never at massage', () => {
      const patternArb = fc.array(pickArb, { minLength: PATTERN_ORDER.length, maxLength: 7 });
      fc.assert(
        fc.property(patternArb, (picks) => {
          const start = walk(SCREENS_CLEAR).answers;
          const { answers, outcome, asked } = finish(FLOW, start, picks);
          expect(asked).to.equal(PATTERN_ORDER.length);
          if (nerveSigns(answers).length) expect(outcome.id).to.equal('disc-nerve');
          else expect(outcome.id).to.be.oneOf(['muscular', 'unclear']);
        }),
        { numRuns: 500 },
      );
    });

    it('shows a progress count only where it is true, and none at the outcome', () => {
      let counted = 0;
      fc.assert(
        fc.property(visitorArb, ({ moves, finish: picks }) => {
          // visit() checks every count it meets against the rest of the path.
          const { answers, counts } = visit(moves, picks);
          counted += counts;
          expect(progress(FLOW, answers)).to.equal(undefined);
        }),
        { numRuns: 300 },
      );
      expect(counted, 'counts were checked').to.be.greaterThan(0);
    });
  });
});
