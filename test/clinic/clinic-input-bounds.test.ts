/**
 * Everything a clinic pastes is bounded in size and in the work (and console messages) it
 * causes: technique lists and techniques, the clinic's settings, routines and the JSON
 * child itself. (The symptom-check flow has its own: test/symptom-check/flow-validation.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { parseClinicConfig } from '../../src/clinic/clinic-config.js';
import { parseRoutine } from '../../src/exercise-timer/routine-validation.js';
import { readJsonConfig } from '../../src/shared/json-config.js';
import type { JsonProblem } from '../../src/shared/log.js';
import { parseTechniqueList } from '../../src/technique-list/technique-list-config.js';
import {
  chipsFor,
  filterTechniques,
  highlightedFirst,
} from '../../src/technique-list/technique-filter.js';

// The documented limits, spelled out: a change to one of them should be a decision.
const UNKNOWN_FIELDS_LISTED = 10;
const MAX_PROBLEMS_LISTED = 50;
const PROBLEMS_PER_OBJECT = 20;
const MAX_TECHNIQUES = 200;
const MAX_TEXTS = 20;
const MAX_JSON_LENGTH = 2_000_000;

const technique = (n: number) => ({
  id: `technique-${n}`,
  name: `Technique ${n}`,
  summary: 'A technique.',
  pressure: 1 + (n % 5),
  goals: ['relaxation', 'knots'],
  cautions: ['Not on broken skin.'],
});

/** An object with `count` fields no schema knows. */
const strays = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, n) => [`stray${n}`, n]));

const reasons = (problems: readonly JsonProblem[]) => problems.map((problem) => problem.reason);

/** One technique, checked as the only entry of a clinic's list. */
const parseOne = (value: unknown) => {
  const list = parseTechniqueList([value], () => undefined);
  return { ok: list.techniques.length === 1, problems: list.problems };
};

describe('bounded clinic input', () => {
  describe('unknown fields', () => {
    it(`names at most ${UNKNOWN_FIELDS_LISTED} unknown fields of a technique, then counts the rest`, () => {
      const parsed = parseOne({ ...technique(1), ...strays(100_000) });
      expect(parsed.ok, 'the technique is still usable').to.equal(true);
      expect(parsed.problems.length).to.equal(UNKNOWN_FIELDS_LISTED + 1);
      expect(parsed.problems[0]!.path).to.equal('[0].stray0');
      const last = parsed.problems[UNKNOWN_FIELDS_LISTED]!;
      expect(last.path).to.equal('[0]');
      expect(last.reason).to.equal('and 99,990 more unknown fields (ignored)');
    });

    it('does the same for a routine, and for the clinic settings', () => {
      const exercise = { id: 'tilt', name: 'Tilt', reps: 5, repSeconds: 3 };
      const routine = parseRoutine({ exercises: [exercise], ...strays(5_000) });
      expect(routine.ok).to.equal(true);
      expect(routine.problems.length).to.equal(UNKNOWN_FIELDS_LISTED + 1);
      expect(routine.problems[UNKNOWN_FIELDS_LISTED]!.path).to.equal('(root)');
      const clinic = parseClinicConfig({ services: {}, ...strays(5_000) });
      expect(clinic.problems.length).to.equal(UNKNOWN_FIELDS_LISTED + 1);
      expect(clinic.problems[UNKNOWN_FIELDS_LISTED]!.reason).to.include('4,990 more');
    });
  });

  describe('technique lists', () => {
    it('takes a list of 200 techniques whole, and filters and orders it', () => {
      const list = parseTechniqueList(
        Array.from({ length: 200 }, (_, n) => technique(n)),
        () => undefined,
      );
      expect(list.problems).to.deep.equal([]);
      expect(list.techniques.length).to.equal(200);
      const filter = { goals: new Set(['knots'] as const), pressures: new Set([2, 3] as const) };
      expect(filterTechniques(list.techniques, filter).length).to.equal(80);
      const ids = list.techniques.slice(150).map((item) => item.id);
      expect(highlightedFirst(list.techniques, ids)[0]!.id).to.equal('technique-150');
      expect(chipsFor(list.techniques).pressures).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it(`keeps the first ${MAX_TECHNIQUES} techniques of a longer list, with one problem naming the limit`, () => {
      const list = parseTechniqueList(
        { techniques: Array.from({ length: 10_000 }, (_, n) => technique(n)) },
        () => undefined,
      );
      expect(list.techniques.length).to.equal(MAX_TECHNIQUES);
      expect(list.problems.length).to.equal(1);
      expect(list.problems[0]!.path).to.equal('techniques');
      expect(list.problems[0]!.value).to.equal(10_000);
      expect(list.problems[0]!.reason).to.include(`at most ${MAX_TECHNIQUES}`);
    });

    it(`lists at most ${MAX_PROBLEMS_LISTED} problems of a list, then says how many more`, () => {
      const list = parseTechniqueList(
        Array.from({ length: 200 }, (_, n) => `not-built-in-${n}`),
        () => undefined,
      );
      expect(list.problems.length).to.equal(MAX_PROBLEMS_LISTED + 1);
      expect(list.problems[MAX_PROBLEMS_LISTED]!.path).to.equal('(root)');
      expect(list.problems[MAX_PROBLEMS_LISTED]!.reason).to.include('150 more problems');
    });
  });

  describe('one technique', () => {
    it(`lists at most ${PROBLEMS_PER_OBJECT} problems of one entry (100,000 wrong goals), then counts the rest`, () => {
      const parsed = parseOne({ ...technique(1), goals: Array(100_000).fill('nope') });
      expect(parsed.ok).to.equal(false);
      expect(parsed.problems.length).to.equal(PROBLEMS_PER_OBJECT + 1);
      expect(parsed.problems[0]!.path).to.equal('[0].goals[0]');
      const last = parsed.problems[PROBLEMS_PER_OBJECT]!;
      expect(last.path).to.equal('[0]');
      expect(last.reason).to.equal('and 99,980 more problems here');
    });

    it(`refuses more than ${MAX_TEXTS} cautions, naming the limit`, () => {
      const cautions = Array.from({ length: MAX_TEXTS }, (_, n) => `Caution ${n}.`);
      expect(parseOne({ ...technique(1), cautions }).ok).to.equal(true);
      const parsed = parseOne({ ...technique(1), cautions: [...cautions, 'One more.'] });
      expect(parsed.ok).to.equal(false);
      expect(parsed.problems.map((problem) => problem.path)).to.deep.equal(['[0].cautions']);
      expect(reasons(parsed.problems)[0]).to.include(`at most ${MAX_TEXTS}`);
    });
  });

  describe('clinic settings', () => {
    it('keeps the first 300 services of a longer map, with one problem naming the limit', () => {
      const services = Object.fromEntries(
        Array.from({ length: 100_000 }, (_, n) => [`technique-${n}`, `service-${n}`]),
      );
      const { config, problems } = parseClinicConfig({ services });
      expect(Object.keys(config.services).length).to.equal(300);
      expect(problems.length).to.equal(1);
      expect(problems[0]!.path).to.equal('services');
      expect(problems[0]!.reason).to.include('at most 300');
    });

    it(`lists at most ${MAX_PROBLEMS_LISTED} bad services, then says how many more`, () => {
      const services = Object.fromEntries(
        Array.from({ length: 200 }, (_, n) => [`technique-${n}`, 'not an id']),
      );
      const { problems } = parseClinicConfig({ services });
      expect(problems.length).to.equal(MAX_PROBLEMS_LISTED + 1);
      expect(problems[MAX_PROBLEMS_LISTED]!.reason).to.include('150 more problems');
    });
  });

  describe('the JSON child', () => {
    it(`refuses JSON longer than ${MAX_JSON_LENGTH.toLocaleString('en-US')} characters before parsing it`, () => {
      const host = document.createElement('div');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = `{"a": "${'x'.repeat(MAX_JSON_LENGTH)}"}`;
      host.append(script);
      const json = readJsonConfig(host);
      expect(json.found && !json.ok ? json.error : 'read whole').to.include(
        `too long: at most ${MAX_JSON_LENGTH.toLocaleString('en-US')} characters`,
      );
      script.textContent = `"${'x'.repeat(MAX_JSON_LENGTH - 2)}"`;
      expect(readJsonConfig(host)).to.include({ found: true, ok: true });
    });
  });
});
