import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFlow, type FlowParse } from '../../src/symptom-check/flow-validation.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { buildFlow, flowPlanArb, pickArb, type Pick } from '../helpers/flow-plans.js';
import { runToOutcome, unreachablePaths } from './flow-walks.js';
import { minimal, paths, plain } from './flow-json.js';

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

describe('parseFlow', () => {
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
          const expected = unreachablePaths(json);
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
