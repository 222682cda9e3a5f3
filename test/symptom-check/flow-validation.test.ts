import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFlow, type FlowParse } from '../../src/symptom-check/flow-validation.js';
import { answer, next } from '../../src/symptom-check/flow-machine.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import {
  OUTCOME_LEVELS,
  type AnswerValue,
  type Answers,
  type Flow,
  type FlowItem,
  type Outcome,
} from '../../src/symptom-check/flow-types.js';
import type { JsonProblem } from '../../src/shared/log.js';
import { isSlugId } from '../../src/shared/json-fields.js';
import {
  clinicFlow,
  enableWhenChain,
  explodingFlow,
  manyOptionsFlow,
} from '../helpers/large-flows.js';
import {
  conditionPlanArb,
  testPlanArb,
  type ConditionPlan,
  type TestPlan,
} from '../helpers/flow-plans.js';

// Helpers -----------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const opt = (code: string, exclusive?: boolean): Json => ({
  valueCoding: { code, display: `Option ${code}` },
  ...(exclusive === undefined ? {} : { exclusive }),
});

/**
 * A small valid flow: where (unreferenced) → red flag (yes ends it) → kind (ache is the
 * massage outcome) → a closing note. Every item is asked and every outcome reachable.
 */
function minimal(): Json {
  return {
    id: 'mini',
    title: 'Mini check',
    intro: 'A short check.',
    item: [
      {
        linkId: 'where',
        text: 'Where does it hurt?',
        type: 'choice',
        answerOption: [opt('lower'), opt('upper'), opt('neck')],
      },
      { linkId: 'red-flag', text: 'Any red flag?', type: 'boolean' },
      {
        linkId: 'kind',
        text: 'What is it like?',
        type: 'choice',
        answerOption: [opt('ache'), opt('sharp'), opt('unsure')],
        enableWhen: [{ question: 'red-flag', operator: '=', answerBoolean: false }],
      },
      { linkId: 'notes', text: 'Thank you.', type: 'display' },
    ],
    outcomes: [
      {
        id: 'stop',
        level: 'urgent',
        when: { question: 'red-flag', operator: '=', answerBoolean: true },
        title: 'See a doctor',
        advice: 'Today.',
      },
      {
        id: 'ok',
        level: 'massage',
        when: { question: 'kind', operator: '=', answerCoding: { code: 'ache' } },
        title: 'Massage can help',
        advice: 'Book a session.',
        techniques: ['swedish'],
        exercises: ['cat-cow'],
      },
      { id: 'fallback', level: 'clinician', title: 'Unclear', advice: 'Ask a clinician.' },
    ],
  };
}

/** The minimal flow, changed by `change` (which gets a fresh copy). */
function changed(change: (flow: Json) => void): Json {
  const flow = minimal();
  change(flow);
  return flow;
}

const items = (flow: Json) => flow['item'] as Json[];
const outcomes = (flow: Json) => flow['outcomes'] as Json[];
const options = (flow: Json, index: number) => items(flow)[index]!['answerOption'] as Json[];

const paths = (problems: readonly JsonProblem[]) => problems.map((problem) => problem.path);

/** The flow of a parse that must have succeeded. */
function okFlow(parsed: FlowParse): Flow {
  if (!parsed.ok) throw new Error(`expected ok, got ${JSON.stringify(parsed.problems)}`);
  return parsed.flow;
}

/** Asserts the parse failed with exactly these problem paths; returns the problems. */
function expectRejectedAt(json: unknown, ...expected: string[]): readonly JsonProblem[] {
  const parsed = parseFlow(json);
  if (parsed.ok) throw new Error(`expected problems at ${expected.join(', ')}, got ok`);
  expect(paths(parsed.problems)).to.deep.equal(expected);
  for (const problem of parsed.problems)
    expect(problem.reason).to.be.a('string').with.length.greaterThan(0);
  return parsed.problems;
}

/** Plain JSON, without the undefined fields parseFlow spells out. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// The engine driven by a sequence of choices.

interface Pick {
  readonly index: number;
  readonly subset: readonly number[];
}

const pickArb: fc.Arbitrary<Pick> = fc.record({
  index: fc.nat(),
  subset: fc.uniqueArray(fc.nat(15), { minLength: 1, maxLength: 4 }),
});

/** A valid answer to `item`, chosen by `pick`, multi-choice exclusivity respected. */
function validAnswer(item: FlowItem, pick: Pick): AnswerValue {
  const codes = (item.answerOption ?? []).map((option) => option.valueCoding.code);
  switch (item.type) {
    case 'boolean':
      return pick.index % 2 === 0;
    case 'display':
      return true;
    case 'choice':
      return codes[pick.index % codes.length]!;
    case 'multi-choice': {
      const exclusive = (item.answerOption ?? []).filter((option) => option.exclusive);
      const others = (item.answerOption ?? []).filter((option) => !option.exclusive);
      if (!others.length || (exclusive.length && pick.index % 3 === 0))
        return [(exclusive[0] ?? others[0])!.valueCoding.code];
      return [...new Set(pick.subset.map((n) => others[n % others.length]!.valueCoding.code))];
    }
  }
}

/** Answers what `next` asks until an outcome; throws if that takes more than the items. */
function runToOutcome(flow: Flow, picks: readonly Pick[]): Outcome {
  let answers: Answers = new Map();
  for (let asked = 0; asked <= flow.item.length; asked++) {
    const step = next(flow, answers);
    if (step.kind === 'outcome') {
      if (!flow.outcomes.includes(step.outcome)) throw new Error('an outcome not of the flow');
      return step.outcome;
    }
    const before = answers.size;
    const value = validAnswer(step.item, picks[asked % picks.length]!);
    answers = answer(flow, answers, step.item.linkId, value);
    if (answers.size !== before + 1) throw new Error(`answer to ${step.item.linkId} not taken`);
  }
  throw new Error(`no outcome after ${flow.item.length} answers`);
}

/** Every valid answer to a question: for a multi-choice one, every allowed set of codes. */
function everyAnswer(item: FlowItem): AnswerValue[] {
  const options = item.answerOption ?? [];
  if (item.type === 'boolean') return [true, false];
  if (item.type === 'display') return [true];
  if (item.type === 'choice') return options.map((option) => option.valueCoding.code);
  const others = options.filter((option) => !option.exclusive).map((o) => o.valueCoding.code);
  const sets = others.reduce<string[][]>(
    (all, code) => [...all, ...all.map((set) => [...set, code])],
    [[]],
  );
  return [
    ...options.filter((option) => option.exclusive).map((o) => [o.valueCoding.code]),
    ...sets.filter((set) => set.length > 0),
  ];
}

/**
 * What the validator should report about reachability, found the slow way: by trying
 * every valid answer on every path. Undefined when there are too many paths to try.
 */
function unreachable(flow: Flow, limit = 20_000): string[] | undefined {
  const asked = new Set<string>();
  const reached = new Set<string>();
  let count = 0;
  const walk = (answers: Answers): boolean => {
    if (++count > limit) return false;
    const step = next(flow, answers);
    if (step.kind === 'outcome') {
      reached.add(step.outcome.id);
      return true;
    }
    asked.add(step.item.linkId);
    return everyAnswer(step.item).every((value) =>
      walk(answer(flow, answers, step.item.linkId, value)),
    );
  };
  if (!walk(new Map())) return undefined;
  return [
    ...flow.item.flatMap((item, index) => (asked.has(item.linkId) ? [] : [`item[${index}]`])),
    ...flow.outcomes.flatMap((outcome, index) =>
      reached.has(outcome.id) ? [] : [`outcomes[${index}]`],
    ),
  ];
}

// Random flows, valid in shape: ids, texts, options, references and fallback all right.

const ITEM_TYPES = ['boolean', 'choice', 'multi-choice', 'display'] as const;

const flowPlanArb = fc.record({
  items: fc.array(
    fc.record({
      type: fc.constantFrom(...ITEM_TYPES),
      options: fc.integer({ min: 2, max: 4 }),
      exclusive: fc.boolean(),
      enableWhen: fc.option(fc.array(testPlanArb, { minLength: 1, maxLength: 2 }), {
        nil: undefined,
      }),
      any: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  outcomes: fc.array(
    fc.record({
      level: fc.constantFrom(...OUTCOME_LEVELS),
      when: conditionPlanArb,
      recommend: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  fallback: fc.record({ level: fc.constantFrom(...OUTCOME_LEVELS), at: fc.nat() }),
});

type FlowPlan = typeof flowPlanArb extends fc.Arbitrary<infer T> ? T : never;

function buildFlow(plan: FlowPlan): Json {
  const item: Json[] = [];
  const test = (target: Json, { operator, value, flag, omit }: TestPlan): Json => {
    const question = target['linkId'];
    if (operator === 'exists')
      return omit ? { question, operator } : { question, operator, answerBoolean: flag };
    const codes = ((target['answerOption'] as Json[] | undefined) ?? []).map(
      (option) => (option['valueCoding'] as Json)['code'],
    );
    return codes.length
      ? { question, operator, answerCoding: { code: codes[value % codes.length] } }
      : { question, operator, answerBoolean: flag };
  };
  plan.items.forEach((planned, index) => {
    const choice = planned.type === 'choice' || planned.type === 'multi-choice';
    const built: Json = { linkId: `q${index}`, text: `Question ${index}?`, type: planned.type };
    if (choice)
      built['answerOption'] = Array.from({ length: planned.options }, (_, n) =>
        opt(
          `c${n}`,
          planned.type === 'multi-choice' && planned.exclusive && n === planned.options - 1
            ? true
            : undefined,
        ),
      );
    if (index > 0 && planned.enableWhen) {
      built['enableWhen'] = planned.enableWhen.map((t) => test(item[t.target % index]!, t));
      if (planned.enableWhen.length > 1) built['enableBehavior'] = planned.any ? 'any' : 'all';
    }
    item.push(built);
  });
  const condition = (planned: ConditionPlan): Json => {
    if ('test' in planned) return test(item[planned.test.target % item.length]!, planned.test);
    if ('all' in planned) return { all: planned.all.map(condition) };
    if ('any' in planned) return { any: planned.any.map(condition) };
    return { not: condition(planned.not) };
  };
  const outcomes: Json[] = plan.outcomes.map((planned, index) => ({
    id: `o${index}`,
    level: planned.level,
    when: condition(planned.when),
    title: `Outcome ${index}`,
    advice: 'Some advice.',
    ...(planned.recommend && (planned.level === 'clinician' || planned.level === 'massage')
      ? { techniques: ['swedish'], exercises: ['bridge'] }
      : {}),
  }));
  outcomes.splice(plan.fallback.at % (outcomes.length + 1), 0, {
    id: 'fallback',
    level: plan.fallback.level,
    title: 'Fallback',
    advice: 'Ask a clinician.',
  });
  return { id: 'random', title: 'Random flow', intro: 'Generated.', item, outcomes };
}

// Mutations of the built-in flow.

type Path = ReadonlyArray<string | number>;

function pathsIn(value: unknown, at: Path = []): Path[] {
  const found: Path[] = [at];
  if (Array.isArray(value))
    value.forEach((entry, index) => found.push(...pathsIn(entry, [...at, index])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, entry] of Object.entries(value)) found.push(...pathsIn(entry, [...at, key]));
  return found;
}

interface Mutation {
  readonly at: number;
  readonly remove: boolean;
  readonly junk: unknown;
}

/** A copy of `root` with the value at one of its paths (never the root) removed or replaced. */
function mutate(root: unknown, { at, remove, junk }: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  const all = pathsIn(copy).slice(1);
  if (!all.length) return copy;
  const path = all[at % all.length]!;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (!remove) parent[last] = junk;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

/** Values that are nearly right somewhere in a flow, or plain junk. */
const junkArb = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'none',
    'emergency',
    'urgent',
    'massage',
    'exists',
    '=',
    '!=',
    'boolean',
    'multi-choice',
    'duration',
    'coughing',
    true,
    false,
    0,
    null,
    [],
    {},
    'x'.repeat(601),
  ),
  fc.string(),
  fc.anything(),
);

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  remove: fc.boolean(),
  junk: junkArb,
});

/** Checks a parse keeps its promises; for an accepted flow, also runs it to an outcome. */
function checkParse(parsed: FlowParse, picks: readonly Pick[]): boolean {
  if (!parsed.ok) {
    if (!parsed.problems.length) throw new Error('rejected without a problem');
    for (const { path, reason } of parsed.problems) {
      if (typeof path !== 'string' || !/^(\(root\)|item|outcomes)/.test(path))
        throw new Error(`bad path ${String(path)}`);
      if (typeof reason !== 'string' || !reason) throw new Error(`no reason at ${path}`);
    }
    return false;
  }
  runToOutcome(parsed.flow, picks);
  return true;
}

// Tests -------------------------------------------------------------------------------------

describe('parseFlow', () => {
  describe('a valid flow', () => {
    it('accepts the minimal custom flow and returns it', () => {
      const json = minimal();
      const flow = okFlow(parseFlow(json));
      expect(plain(flow)).to.deep.equal(json);
      expect(runToOutcome(flow, [{ index: 1, subset: [0] }]).id).to.equal('fallback');
    });

    it('does not hand back the arrays it was given', () => {
      const json = minimal();
      const flow = okFlow(parseFlow(json));
      expect(flow.item).to.not.equal(json['item']);
      expect(flow.outcomes).to.not.equal(json['outcomes']);
    });

    it('accepts several enableWhen tests with an enableBehavior', () => {
      const flow = okFlow(
        parseFlow(
          changed((json) => {
            items(json)[3]!['enableWhen'] = [
              { question: 'where', operator: '=', answerCoding: { code: 'lower' } },
              { question: 'red-flag', operator: '=', answerBoolean: false },
            ];
            items(json)[3]!['enableBehavior'] = 'any';
          }),
        ),
      );
      expect(flow.item[3]!.enableBehavior).to.equal('any');
    });

    it('accepts an outcome only some mix of multi-choice codes reaches', () => {
      // [a, c] without b is the only answer that reaches "mix".
      const flow = {
        id: 'mixes',
        title: 'Mixes',
        intro: 'Which apply?',
        item: [
          {
            linkId: 'signs',
            text: 'Which apply?',
            type: 'multi-choice',
            answerOption: [opt('a'), opt('b'), opt('c'), opt('none', true)],
          },
        ],
        outcomes: [
          {
            id: 'mix',
            level: 'clinician',
            when: {
              all: [
                { question: 'signs', operator: '=', answerCoding: { code: 'a' } },
                { question: 'signs', operator: '=', answerCoding: { code: 'c' } },
                { question: 'signs', operator: '!=', answerCoding: { code: 'b' } },
              ],
            },
            title: 'Mix',
            advice: 'A and C.',
          },
          { id: 'fallback', level: 'clinician', title: 'Other', advice: 'Anything else.' },
        ],
      };
      expect(unreachable(flow as unknown as Flow)).to.deep.equal([]);
      okFlow(parseFlow(flow));
    });

    it('accepts an outcome reached only by two codes chosen without a third, more severe one', () => {
      const flow = {
        id: 'shadow',
        title: 'Shadow',
        intro: 'What makes it worse?',
        item: [
          {
            linkId: 'worse',
            text: 'What makes it worse?',
            type: 'multi-choice',
            answerOption: [opt('moving'), opt('sitting'), opt('bending'), opt('coughing')],
          },
        ],
        outcomes: [
          {
            id: 'nerve',
            level: 'clinician',
            when: { question: 'worse', operator: '=', answerCoding: { code: 'coughing' } },
            title: 'Nerve',
            advice: 'See a clinician.',
          },
          {
            id: 'posture',
            level: 'massage',
            when: {
              all: [
                { question: 'worse', operator: '=', answerCoding: { code: 'sitting' } },
                { question: 'worse', operator: '=', answerCoding: { code: 'bending' } },
              ],
            },
            title: 'Posture',
            advice: 'Massage can help.',
          },
          { id: 'fallback', level: 'clinician', title: 'Other', advice: 'Anything else.' },
        ],
      };
      okFlow(parseFlow(flow));
    });
  });

  describe('problems, each at its JSON path', () => {
    for (const value of [null, undefined, 3, 'flow', true, [], [minimal()]])
      it(`rejects ${JSON.stringify(value) ?? 'undefined'} as the root`, () => {
        expectRejectedAt(value, '(root)');
      });

    it('rejects an unknown root field', () => {
      const problems = expectRejectedAt({ ...minimal(), extra: 1 }, '(root).extra');
      expect(problems[0]!.value).to.equal(1);
    });

    for (const field of ['id', 'title', 'intro'])
      it(`rejects a flow without ${field}`, () => {
        expectRejectedAt(
          changed((json) => delete json[field]),
          `(root).${field}`,
        );
      });

    for (const linkId of ['Where?', '', 'a b', '-where', 5, null, undefined])
      it(`rejects the linkId ${JSON.stringify(linkId) ?? 'undefined'}`, () => {
        expectRejectedAt(
          changed((json) => {
            items(json)[0]!['linkId'] = linkId;
          }),
          'item[0].linkId',
        );
      });

    it('rejects a duplicate linkId', () => {
      const problems = expectRejectedAt(
        changed((json) => {
          items(json)[3]!['linkId'] = 'where';
        }),
        'item[3].linkId',
      );
      expect(problems[0]!.value).to.equal('where');
    });

    for (const type of ['text', 'Boolean', '', 3, undefined])
      it(`rejects the item type ${JSON.stringify(type) ?? 'undefined'}`, () => {
        expectRejectedAt(
          changed((json) => {
            items(json)[3]!['type'] = type;
          }),
          'item[3].type',
        );
      });

    it('rejects an unknown item field', () => {
      expectRejectedAt(
        changed((json) => {
          items(json)[3]!['required'] = true;
        }),
        'item[3].required',
      );
    });

    for (const [name, value] of [
      ['one option', [opt('lower')]],
      ['no options', []],
      ['missing options', undefined],
      ['options that are not a list', 'lower'],
    ] as const)
      it(`rejects a choice question with ${name}`, () => {
        expectRejectedAt(
          changed((json) => {
            items(json)[0]!['answerOption'] = value;
          }),
          'item[0].answerOption',
        );
      });

    it('rejects a duplicate option code', () => {
      const problems = expectRejectedAt(
        changed((json) => {
          (options(json, 0)[1]!['valueCoding'] as Json)['code'] = 'lower';
        }),
        'item[0].answerOption[1].valueCoding.code',
      );
      expect(problems[0]!.value).to.equal('lower');
    });

    it('rejects an option without a display text', () => {
      expectRejectedAt(
        changed((json) => {
          delete (options(json, 0)[2]!['valueCoding'] as Json)['display'];
        }),
        'item[0].answerOption[2].valueCoding.display',
      );
    });

    it('rejects options on a boolean or display question', () => {
      for (const index of [1, 3])
        expectRejectedAt(
          changed((json) => {
            items(json)[index]!['answerOption'] = [opt('yes'), opt('no')];
          }),
          `item[${index}].answerOption`,
        );
    });

    for (const [name, index, question] of [
      ['a later question', 0, 'red-flag'],
      ['itself', 1, 'red-flag'],
      ['an unknown question', 0, 'nope'],
    ] as const)
      it(`rejects an enableWhen on ${name}`, () => {
        expectRejectedAt(
          changed((json) => {
            items(json)[index]!['enableWhen'] = [{ question, operator: '=', answerBoolean: true }];
          }),
          `item[${index}].enableWhen[0].question`,
        );
      });

    for (const operator of ['>', 'EXISTS', '==', undefined])
      it(`rejects the operator ${JSON.stringify(operator) ?? 'undefined'}`, () => {
        expectRejectedAt(
          changed((json) => {
            (items(json)[2]!['enableWhen'] as Json[])[0]!['operator'] = operator;
          }),
          'item[2].enableWhen[0].operator',
        );
      });

    for (const [name, test] of [
      ['a code not among the options', { answerCoding: { code: 'nope' } }],
      ['no answerCoding', {}],
      ['an answerBoolean', { answerBoolean: true }],
      ['a bare code', { answerCoding: 'lower' }],
    ] as const)
      it(`rejects comparing a choice question with ${name}`, () => {
        expectRejectedAt(
          changed((json) => {
            items(json)[3]!['enableWhen'] = [{ question: 'where', operator: '=', ...test }];
          }),
          'item[3].enableWhen[0].answerCoding',
        );
      });

    it('rejects comparing a boolean question with an answerCoding', () => {
      const problems = expectRejectedAt(
        changed((json) => {
          (items(json)[2]!['enableWhen'] as Json[])[0] = {
            question: 'red-flag',
            operator: '=',
            answerCoding: { code: 'lower' },
          };
        }),
        'item[2].enableWhen[0]',
      );
      expect(problems[0]!.reason).to.include('red-flag');
    });

    it('rejects "exists" with an answerCoding', () => {
      expectRejectedAt(
        changed((json) => {
          items(json)[3]!['enableWhen'] = [
            { question: 'where', operator: 'exists', answerCoding: { code: 'lower' } },
          ];
        }),
        'item[3].enableWhen[0].answerCoding',
      );
    });

    it('rejects more than one enableWhen without an enableBehavior', () => {
      expectRejectedAt(
        changed((json) => {
          items(json)[3]!['enableWhen'] = [
            { question: 'where', operator: '=', answerCoding: { code: 'lower' } },
            { question: 'red-flag', operator: '=', answerBoolean: false },
          ];
        }),
        'item[3].enableBehavior',
      );
    });

    it('rejects an unknown enableBehavior', () => {
      expectRejectedAt(
        changed((json) => {
          items(json)[2]!['enableBehavior'] = 'some';
        }),
        'item[2].enableBehavior',
      );
    });

    for (const level of ['mild', 'Emergency', '', undefined])
      it(`rejects the outcome level ${JSON.stringify(level) ?? 'undefined'}`, () => {
        expectRejectedAt(
          changed((json) => {
            outcomes(json)[1]!['level'] = level;
          }),
          'outcomes[1].level',
        );
      });

    it('rejects a duplicate outcome id', () => {
      expectRejectedAt(
        changed((json) => {
          outcomes(json)[1]!['id'] = 'stop';
        }),
        'outcomes[1].id',
      );
    });

    it('rejects a condition on an unknown question', () => {
      const problems = expectRejectedAt(
        changed((json) => {
          outcomes(json)[0]!['when'] = {
            any: [
              { question: 'red-flag', operator: '=', answerBoolean: true },
              { question: 'nope', operator: 'exists' },
            ],
          };
        }),
        'outcomes[0].when.any[1].question',
      );
      expect(problems[0]!.value).to.equal('nope');
    });

    it('rejects an empty or malformed condition', () => {
      expectRejectedAt(
        changed((json) => {
          outcomes(json)[1]!['when'] = { all: [] };
        }),
        'outcomes[1].when.all',
      );
      expectRejectedAt(
        changed((json) => {
          outcomes(json)[1]!['when'] = { not: 'kind' };
        }),
        'outcomes[1].when.not',
      );
    });

    for (const level of ['emergency', 'urgent'])
      for (const field of ['techniques', 'exercises'])
        it(`rejects ${field} on an ${level} outcome`, () => {
          const problems = expectRejectedAt(
            changed((json) => {
              outcomes(json)[0]!['level'] = level;
              outcomes(json)[0]![field] = field === 'techniques' ? ['swedish'] : ['cat-cow'];
            }),
            'outcomes[0]',
          );
          expect(problems[0]!.value).to.equal('stop');
        });

    it('rejects a flow without a fallback outcome', () => {
      const problems = expectRejectedAt(
        changed((json) => {
          outcomes(json)[2]!['when'] = { question: 'where', operator: 'exists' };
        }),
        'outcomes',
      );
      expect(problems[0]!.value).to.deep.equal([]);
    });

    it('rejects a flow with two fallback outcomes', () => {
      const problems = expectRejectedAt(
        changed((json) => {
          delete outcomes(json)[1]!['when'];
        }),
        'outcomes',
      );
      expect(problems[0]!.value).to.deep.equal(['ok', 'fallback']);
    });

    it('rejects an item an outcome always pre-empts', () => {
      // The note is asked only after a red flag, and a red flag ends the check.
      expectRejectedAt(
        changed((json) => {
          items(json)[3]!['enableWhen'] = [
            { question: 'red-flag', operator: '=', answerBoolean: true },
          ];
        }),
        'item[3]',
      );
    });

    it('rejects an item whose enableWhen can never hold', () => {
      expectRejectedAt(
        changed((json) => {
          items(json)[3]!['enableWhen'] = [
            { question: 'where', operator: '=', answerCoding: { code: 'lower' } },
            { question: 'where', operator: '=', answerCoding: { code: 'upper' } },
          ];
          items(json)[3]!['enableBehavior'] = 'all';
        }),
        'item[3]',
      );
    });

    it('rejects an outcome that needs two answers to a single-choice question', () => {
      expectRejectedAt(
        changed((json) => {
          outcomes(json)[1]!['when'] = {
            all: [
              { question: 'where', operator: '=', answerCoding: { code: 'lower' } },
              { question: 'where', operator: '=', answerCoding: { code: 'upper' } },
            ],
          };
        }),
        'outcomes[1]',
      );
    });

    it('rejects an outcome a more severe one always shadows', () => {
      expectRejectedAt(
        changed((json) => {
          outcomes(json).splice(1, 0, {
            id: 'disc',
            level: 'clinician',
            when: { question: 'kind', operator: '=', answerCoding: { code: 'ache' } },
            title: 'Disc',
            advice: 'See a clinician.',
          });
        }),
        'outcomes[2]',
      );
    });

    it('rejects an outcome an equal one listed before always wins', () => {
      expectRejectedAt(
        changed((json) => {
          outcomes(json).splice(2, 0, { ...outcomes(json)[1]!, id: 'ok-too' });
        }),
        'outcomes[2]',
      );
    });

    it('checks all of a large flow: the built-in one with a dead item and outcome added', () => {
      const json = JSON.parse(JSON.stringify(BACK_PAIN_FLOW)) as Json;
      items(json).push({
        linkId: 'after-chest-pain',
        text: 'Asked only after chest pain, which ends the check first.',
        type: 'boolean',
        enableWhen: [
          { question: 'emergency', operator: '=', answerCoding: { code: 'chest-pain' } },
        ],
      });
      outcomes(json).push({
        id: 'two-places',
        level: 'massage',
        when: {
          all: [
            { question: 'area', operator: '=', answerCoding: { code: 'lower-back' } },
            { question: 'area', operator: '=', answerCoding: { code: 'several' } },
          ],
        },
        title: 'Never',
        advice: 'One answer cannot be two places.',
      });
      expectRejectedAt(
        json,
        `item[${BACK_PAIN_FLOW.item.length}]`,
        `outcomes[${BACK_PAIN_FLOW.outcomes.length}]`,
      );
    });

    it('reports every problem at once', () => {
      const parsed = parseFlow(
        changed((json) => {
          json['id'] = 'Bad id';
          items(json)[0]!['type'] = 'text';
          outcomes(json)[1]!['level'] = 'mild';
        }),
      );
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect(paths(parsed.problems)).to.include.members([
        '(root).id',
        'item[0].type',
        'item[0].answerOption',
        'outcomes[1].level',
      ]);
    });
  });

  describe('bounded: what a clinic gives, and the work it causes', () => {
    /** The problem at `path`, which must be the only one. */
    const onlyProblem = (json: unknown, path: string): JsonProblem =>
      expectRejectedAt(json, path)[0]!;

    for (const options of [24, 64])
      it(`checks a multi-choice question with ${options} options under "any", and finds an outcome it always beats`, () => {
        okFlow(parseFlow(manyOptionsFlow(options)));
        expectRejectedAt(manyOptionsFlow(options, { shadowed: true }), 'outcomes[1]');
      });

    it('checks every item of a 200-question flow: accepts it whole, and finds its one dead item', () => {
      const flow = okFlow(parseFlow(clinicFlow(200)));
      expect(flow.item.length).to.equal(200);
      const problem = onlyProblem(clinicFlow(200, { dead: true }), 'item[199]');
      expect(problem.value).to.equal('dead-end');
      expect(problem.reason).to.include('never asked');
    });

    it('accepts a chain of 300 questions, each asked after "yes" to the one before', () => {
      expect(okFlow(parseFlow(enableWhenChain(300))).item.length).to.equal(300);
    });

    it('says so when the reachability check runs out of its budget, instead of passing', () => {
      const parsed = parseFlow(explodingFlow());
      expect(parsed.ok, 'refused').to.equal(false);
      if (parsed.ok) return;
      expect(parsed.problems.length).to.equal(1);
      const [problem] = parsed.problems;
      expect(problem!.path).to.match(/^(item|outcomes)\[\d+\]$/);
      expect(problem!.reason).to.include('could not be checked');
      expect(problem!.reason).to.include('limit of 1,000,000 steps');
      expect(problem!.value, 'what it could not check').to.include('shadowed');
    });

    it('refuses more than 300 questions, naming the limit', () => {
      const json = enableWhenChain(301);
      expect(onlyProblem(json, 'item').reason).to.include('at most 300');
    });

    it('refuses a question with more than 100 options, naming the limit', () => {
      expect(onlyProblem(manyOptionsFlow(100), 'item[0].answerOption').reason).to.include(
        'at most 100',
      );
      okFlow(parseFlow(manyOptionsFlow(99)));
    });

    it('refuses more than 100 outcomes, naming the limit', () => {
      const json = changed((flow) => {
        for (let n = 0; n < 98; n++) outcomes(flow).push({ ...outcomes(flow)[1]!, id: `ok-${n}` });
      });
      expect(onlyProblem(json, 'outcomes').reason).to.include('at most 100');
    });

    it('refuses more than 20 enableWhen tests on one question, naming the limit', () => {
      const json = changed((flow) => {
        items(flow)[3]!['enableWhen'] = Array.from({ length: 21 }, () => ({
          question: 'where',
          operator: 'exists',
        }));
        items(flow)[3]!['enableBehavior'] = 'any';
      });
      expect(onlyProblem(json, 'item[3].enableWhen').reason).to.include('at most 20');
    });

    it('refuses a condition nested more than 8 deep, naming the limit', () => {
      const nested = (depth: number): Json =>
        depth === 0
          ? { question: 'kind', operator: '=', answerCoding: { code: 'ache' } }
          : { all: [nested(depth - 1)] };
      okFlow(parseFlow(changed((flow) => void (outcomes(flow)[1]!['when'] = nested(8)))));
      const json = changed((flow) => void (outcomes(flow)[1]!['when'] = nested(9)));
      const path = `outcomes[1].when${'.all[0]'.repeat(8)}`;
      expect(onlyProblem(json, path).reason).to.include('at most 8');
    });

    it('refuses a condition of more than 500 parts (answer tests and groups), naming the limit', () => {
      const test = { question: 'kind', operator: '=', answerCoding: { code: 'ache' } };
      const json = (tests: number) =>
        changed((flow) => {
          outcomes(flow)[1]!['when'] = { any: Array.from({ length: tests }, () => test) };
        });
      okFlow(parseFlow(json(499)));
      expect(onlyProblem(json(500), 'outcomes[1].when').reason).to.include('at most 500');
    });

    it('refuses more than 2,000 options in all, naming the limit', () => {
      const json = changed((flow) => {
        for (let n = 0; n < 21; n++)
          items(flow).push({
            linkId: `extra-${n}`,
            text: 'One of many?',
            type: 'choice',
            answerOption: Array.from({ length: 100 }, (_, k) => opt(`c${k}`)),
          });
      });
      // 6 options before, then 100 a question: the 21st question takes it past 2,000.
      expect(onlyProblem(json, 'item[23].answerOption').reason).to.include('at most 2,000 in all');
    });

    it('refuses more than 5,000 condition parts in all, naming the limit', () => {
      const test = { question: 'where', operator: '=', answerCoding: { code: 'lower' } };
      const json = changed((flow) => {
        for (let n = 0; n < 10; n++)
          outcomes(flow).push({
            ...outcomes(flow)[1]!,
            id: `big-${n}`,
            when: { any: Array.from({ length: 499 }, () => test) },
          });
      });
      // 2 parts before, then 500 an outcome: the 10th takes it past 5,000.
      expect(onlyProblem(json, 'outcomes[12].when').reason).to.include('at most 5,000');
    });

    it('never throws on a condition nested 100,000 deep', () => {
      let when: Json = { question: 'kind', operator: '=', answerCoding: { code: 'ache' } };
      for (let depth = 0; depth < 100_000; depth++) when = { not: when };
      const parsed = parseFlow(changed((flow) => void (outcomes(flow)[1]!['when'] = when)));
      expect(parsed.ok).to.equal(false);
      if (!parsed.ok) expect(parsed.problems.length).to.equal(1);
    });

    it('refuses more than 50 techniques or exercises, or an over-long id, naming the limit', () => {
      const many = Array.from({ length: 51 }, (_, n) => `technique-${n}`);
      expect(
        onlyProblem(
          changed((flow) => void (outcomes(flow)[1]!['techniques'] = many)),
          'outcomes[1].techniques',
        ).reason,
      ).to.include('at most 50');
      expectRejectedAt(
        changed((flow) => void (outcomes(flow)[1]!['exercises'] = ['a'.repeat(65)])),
        'outcomes[1].exercises[0]',
      );
    });

    it('refuses a recommended id that no technique or exercise can have, naming each', () => {
      // The rule of technique and exercise ids: lowercase words joined by single hyphens.
      const bad = ['Deep-Tissue', 'deep_tissue', 'deep--tissue', '-swedish', 'a'.repeat(65), 7];
      for (const id of bad) {
        expect(isSlugId(id), String(id)).to.equal(false);
        const [problem] = expectRejectedAt(
          changed((flow) => void (outcomes(flow)[1]!['techniques'] = ['swedish', id])),
          'outcomes[1].techniques[1]',
        );
        expect(problem!.value).to.equal(id);
        expect(problem!.reason).to.include('lowercase letters and digits');
      }
      const ok = okFlow(
        parseFlow(
          changed((flow) => void (outcomes(flow)[1]!['exercises'] = ['cat-cow', 'chin-tuck-2'])),
        ),
      );
      expect(ok.outcomes[1]!.exercises).to.deep.equal(['cat-cow', 'chin-tuck-2']);
    });

    it('lists at most 25 problems, then says how many more there are', () => {
      const json = {
        ...minimal(),
        ...Object.fromEntries(Array.from({ length: 10_000 }, (_, n) => [`extra${n}`, n])),
      };
      const parsed = parseFlow(json);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect(parsed.problems.length).to.equal(26);
      expect(parsed.problems[25]!.path).to.equal('(root)');
      expect(parsed.problems[25]!.reason).to.include('9,975 more problems');
    });
  });

  describe('properties (fast-check)', () => {
    it('never throws, whatever it is given', () => {
      fc.assert(
        fc.property(
          fc.anything(),
          fc.array(pickArb, { minLength: 1, maxLength: 4 }),
          (value, picks) => {
            checkParse(parseFlow(value), picks);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('never throws on mutated copies of the built-in flow; what it accepts runs to an outcome', function () {
      this.timeout(60_000);
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          fc.array(pickArb, { minLength: 1, maxLength: 9 }),
          (mutations, picks) => {
            const json = mutations.reduce<unknown>(mutate, BACK_PAIN_FLOW);
            if (checkParse(parseFlow(json), picks)) accepted++;
          },
        ),
        { numRuns: 200 },
      );
      expect(accepted, 'some harmless mutations were accepted').to.be.greaterThan(0);
    });

    it('never throws on the minimal flow with junk anywhere', () => {
      fc.assert(
        fc.property(
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          fc.array(pickArb, { minLength: 1, maxLength: 4 }),
          (mutations, picks) => {
            checkParse(parseFlow(mutations.reduce<unknown>(mutate, minimal())), picks);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('runs every flow it accepts to an outcome, with any answers', function () {
      this.timeout(60_000);
      let accepted = 0;
      fc.assert(
        fc.property(
          flowPlanArb,
          fc.array(pickArb, { minLength: 1, maxLength: 5 }),
          (plan, picks) => {
            const parsed = parseFlow(buildFlow(plan));
            if (!parsed.ok) return;
            accepted++;
            for (let shift = 0; shift < 4; shift++)
              runToOutcome(
                parsed.flow,
                picks.map((pick) => ({ ...pick, index: pick.index + shift })),
              );
          },
        ),
        { numRuns: 300 },
      );
      expect(accepted, 'some random flows were accepted').to.be.greaterThan(0);
    });

    it('reports exactly the items never asked and outcomes never reached', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(flowPlanArb, (plan) => {
          const json = buildFlow(plan);
          const expected = unreachable(json as unknown as Flow);
          if (!expected) return;
          const parsed = parseFlow(json);
          expect(parsed.ok ? [] : paths(parsed.problems)).to.deep.equal(expected);
          if (parsed.ok) expect(plain(parsed.flow)).to.deep.equal(json);
        }),
        { numRuns: 300 },
      );
    });
  });
});
