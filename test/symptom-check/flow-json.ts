/**
 * What the flow validator's tests share: a small valid flow as a clinic would write it (plain
 * JSON), changed one field at a time, and assertions on what `parseFlow` says about it.
 */
import { expect } from '@open-wc/testing';
import { parseFlow, type FlowParse } from '../../src/symptom-check/flow-validation.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import type { JsonProblem } from '../../src/shared/log.js';
import { opt } from './flow-builders.js';

export type Json = Record<string, unknown>;

/**
 * A small valid flow: where (unreferenced) → red flag (yes ends it) → kind (ache is the
 * massage outcome) → a closing note. Every item is asked and every outcome reachable.
 */
export function minimal(): Json {
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
export function changed(change: (flow: Json) => void): Json {
  const flow = minimal();
  change(flow);
  return flow;
}

export const items = (flow: Json) => flow['item'] as Json[];
export const outcomes = (flow: Json) => flow['outcomes'] as Json[];
export const options = (flow: Json, index: number) => items(flow)[index]!['answerOption'] as Json[];

export const paths = (problems: readonly JsonProblem[]) => problems.map((problem) => problem.path);

/** The flow of a parse that must have succeeded. */
export function okFlow(parsed: FlowParse): Flow {
  if (!parsed.ok) throw new Error(`expected ok, got ${JSON.stringify(parsed.problems)}`);
  return parsed.flow;
}

/** Asserts the parse failed with exactly these problem paths; returns the problems. */
export function expectRejectedAt(json: unknown, ...expected: string[]): readonly JsonProblem[] {
  const parsed = parseFlow(json);
  if (parsed.ok) throw new Error(`expected problems at ${expected.join(', ')}, got ok`);
  expect(paths(parsed.problems)).to.deep.equal(expected);
  for (const problem of parsed.problems)
    expect(problem.reason).to.be.a('string').with.length.greaterThan(0);
  return parsed.problems;
}

/** The problem at `path`, which must be the only one. */
export const onlyProblem = (json: unknown, path: string): JsonProblem =>
  expectRejectedAt(json, path)[0]!;

/** Plain JSON, without the undefined fields parseFlow spells out. */
export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
