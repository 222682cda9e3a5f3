import { expect } from '@open-wc/testing';
import { parseFlow } from '../../src/symptom-check/flow-validation.js';
import { isSlugId } from '../../src/shared/json-fields.js';
import {
  clinicFlow,
  enableWhenChain,
  explodingFlow,
  manyOptionsFlow,
} from '../helpers/large-flows.js';
import { opt } from './flow-builders.js';
import {
  changed,
  expectRejectedAt,
  items,
  minimal,
  okFlow,
  onlyProblem,
  outcomes,
  type Json,
} from './flow-json.js';

describe('parseFlow', () => {
  describe('bounded: what a clinic gives, and the work it causes', () => {
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
});
