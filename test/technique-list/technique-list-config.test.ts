import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  LIST_SHAPE,
  checkTechniqueList,
  parseTechniqueList,
} from '../../src/technique-list/technique-list-config.js';
import {
  TECHNIQUE_ID,
  isTechniqueId,
  type Technique,
} from '../../src/technique-card/technique-types.js';
import {
  BUILT_IN_TECHNIQUE_IDS,
  findTechnique,
} from '../../src/technique-card/built-in-techniques.js';
import { MAX_PROBLEMS_LISTED } from '../../src/shared/json-fields.js';
import { defined, paths } from '../technique-card/schema-fixtures.js';

const CUPPING = {
  id: 'cupping',
  name: 'Cupping',
  summary: 'Suction cups on the back.',
  pressure: 3,
  goals: ['stiffness'],
  cautions: ['It can leave round marks for a few days.'],
  duration: [30, 45],
  price: '$70',
};
const CUPPING_PARSED = { ...CUPPING, duration: { min: 30, max: 45 } };
const HOT_STONE = { id: 'hot-stone', name: 'Hot stone', summary: 'Warm stones.', pressure: 2 };

const idsOf = (techniques: readonly Technique[]) => techniques.map((technique) => technique.id);

describe('parseTechniqueList', () => {
  it('reads an array of technique objects', () => {
    const { techniques, problems } = parseTechniqueList([CUPPING, HOT_STONE], findTechnique);
    expect(problems).to.deep.equal([]);
    expect(techniques.map(defined)).to.deep.equal([
      CUPPING_PARSED,
      { ...HOT_STONE, goals: [], cautions: [] },
    ]);
  });

  it('reads {"techniques": [...]} the same way', () => {
    const wrapped = parseTechniqueList({ techniques: [CUPPING, HOT_STONE] }, findTechnique);
    const bare = parseTechniqueList([CUPPING, HOT_STONE], findTechnique);
    expect(wrapped.problems).to.deep.equal([]);
    expect(wrapped.techniques).to.deep.equal(bare.techniques);
    expect(wrapped.techniques).to.have.length(2);
  });

  it('looks up built-in ids, keeping the given order', () => {
    const { techniques, problems } = parseTechniqueList(
      ['thai', 'swedish', 'trigger-point'],
      findTechnique,
    );
    expect(problems).to.deep.equal([]);
    expect(techniques).to.have.length(3);
    expect(techniques[0]).to.equal(findTechnique('thai'));
    expect(techniques[1]).to.equal(findTechnique('swedish'));
    expect(techniques[2]).to.equal(findTechnique('trigger-point'));
  });

  it('asks the given lookup, not a fixed catalog', () => {
    const asked: string[] = [];
    const own = { ...HOT_STONE, goals: [], cautions: [] } as Technique;
    const { techniques } = parseTechniqueList(['stone', 'swedish'], (id) => {
      asked.push(id);
      return id === 'stone' ? own : undefined;
    });
    expect(asked).to.deep.equal(['stone', 'swedish']);
    expect(techniques).to.deep.equal([own]);
  });

  it('mixes built-in ids and own techniques', () => {
    const { techniques, problems } = parseTechniqueList(['swedish', CUPPING], findTechnique);
    expect(problems).to.deep.equal([]);
    expect(idsOf(techniques)).to.deep.equal(['swedish', 'cupping']);
  });

  it('takes a built-in technique spread with a price of its own', () => {
    const swedish = findTechnique('swedish')!;
    const { techniques, problems } = parseTechniqueList(
      [{ ...swedish, price: '$95' }],
      findTechnique,
    );
    expect(problems).to.deep.equal([]);
    expect(defined(techniques[0]!)).to.deep.equal(defined({ ...swedish, price: '$95' }));
  });

  it('reads back the whole built-in catalog given as objects, through JSON', () => {
    const catalog = BUILT_IN_TECHNIQUE_IDS.map((id) => findTechnique(id)!);
    const { techniques, problems } = parseTechniqueList(
      JSON.parse(JSON.stringify({ techniques: catalog })),
      () => undefined,
    );
    expect(problems).to.deep.equal([]);
    expect(techniques.map(defined)).to.deep.equal(catalog.map(defined));
  });

  it('reports an unknown id string by its index, and keeps the rest', () => {
    const bare = parseTechniqueList(['swedish', 'reiki', 'thai'], findTechnique);
    expect(idsOf(bare.techniques)).to.deep.equal(['swedish', 'thai']);
    expect(bare.problems).to.have.length(1);
    expect(bare.problems[0]).to.include({ path: '[1]', value: 'reiki' });

    const wrapped = parseTechniqueList({ techniques: ['swedish', 'reiki'] }, findTechnique);
    expect(paths(wrapped.problems)).to.deep.equal(['techniques[1]']);
  });

  it('does not trim or fold the case of an id string', () => {
    const { techniques, problems } = parseTechniqueList([' swedish', 'Thai'], findTechnique);
    expect(techniques).to.deep.equal([]);
    expect(paths(problems)).to.deep.equal(['[0]', '[1]']);
  });

  it('skips a bad object with its field path and keeps the good ones in order', () => {
    const { techniques, problems } = parseTechniqueList(
      [CUPPING, { ...HOT_STONE, pressure: 9 }, 'swedish', { ...HOT_STONE, id: 'warm-stone' }],
      findTechnique,
    );
    expect(idsOf(techniques)).to.deep.equal(['cupping', 'swedish', 'warm-stone']);
    expect(paths(problems)).to.deep.equal(['[1].pressure']);
  });

  it('names nested paths under "techniques" when wrapped', () => {
    const { techniques, problems } = parseTechniqueList(
      { techniques: [HOT_STONE, { ...CUPPING, goals: ['stiffness', 'detox'], cautions: [''] }] },
      findTechnique,
    );
    expect(idsOf(techniques)).to.deep.equal(['hot-stone']);
    expect(paths(problems)).to.deep.equal(['techniques[1].goals[1]', 'techniques[1].cautions[0]']);
  });

  it('keeps a technique with an unknown field and reports the field', () => {
    const { techniques, problems } = parseTechniqueList(
      [{ ...HOT_STONE, colour: 'red' }],
      findTechnique,
    );
    expect(idsOf(techniques)).to.deep.equal(['hot-stone']);
    expect(paths(problems)).to.deep.equal(['[0].colour']);
  });

  for (const [name, entry] of [
    ['a number', 3],
    ['null', null],
    ['an array', ['swedish']],
    ['true', true],
  ] as const)
    it(`reports an entry that is ${name} at its index`, () => {
      const { techniques, problems } = parseTechniqueList(['swedish', entry], findTechnique);
      expect(idsOf(techniques)).to.deep.equal(['swedish']);
      expect(paths(problems)).to.deep.equal(['[1]']);
    });

  describe('duplicate ids', () => {
    it('keeps the first of two equal id strings', () => {
      const { techniques, problems } = parseTechniqueList(
        ['swedish', 'thai', 'swedish'],
        findTechnique,
      );
      expect(idsOf(techniques)).to.deep.equal(['swedish', 'thai']);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ path: '[2]', value: 'swedish' });
      expect(problems[0]!.reason).to.include('duplicate');
    });

    it('keeps the first of two objects with the same id, and points at the second id', () => {
      const { techniques, problems } = parseTechniqueList(
        { techniques: [HOT_STONE, { ...HOT_STONE, name: 'Other stone' }] },
        findTechnique,
      );
      expect(techniques).to.have.length(1);
      expect(techniques[0]!.name).to.equal('Hot stone');
      expect(paths(problems)).to.deep.equal(['techniques[1].id']);
    });

    it('keeps a built-in id before an own object with that id', () => {
      const own = { ...HOT_STONE, id: 'swedish', name: 'Our Swedish' };
      const { techniques, problems } = parseTechniqueList(['swedish', own], findTechnique);
      expect(techniques).to.deep.equal([findTechnique('swedish')]);
      expect(paths(problems)).to.deep.equal(['[1].id']);
    });

    it('keeps an own object before a later built-in id with that id', () => {
      const own = { ...HOT_STONE, id: 'swedish', name: 'Our Swedish' };
      const { techniques, problems } = parseTechniqueList([own, 'swedish'], findTechnique);
      expect(idsOf(techniques)).to.deep.equal(['swedish']);
      expect(techniques[0]!.name).to.equal('Our Swedish');
      expect(paths(problems)).to.deep.equal(['[1]']);
    });
  });

  describe('the root', () => {
    for (const [name, root] of [
      ['a string', 'swedish'],
      ['a number', 7],
      ['null', null],
      ['undefined', undefined],
      ['true', true],
    ] as const)
      it(`reports a root that is ${name}`, () => {
        const { techniques, problems } = parseTechniqueList(root, findTechnique);
        expect(techniques).to.deep.equal([]);
        expect(problems).to.have.length(1);
        expect(problems[0]).to.include({ path: '(root)' });
        expect(problems[0]!.value).to.equal(root);
      });

    for (const [name, value] of [
      ['missing', undefined],
      ['a string', 'swedish'],
      ['an object', { swedish: true }],
      ['null', null],
    ] as const)
      it(`reports "techniques" that is ${name}`, () => {
        const root = value === undefined ? {} : { techniques: value };
        const { techniques, problems } = parseTechniqueList(root, findTechnique);
        expect(techniques).to.deep.equal([]);
        expect(paths(problems)).to.deep.equal(['techniques']);
      });

    it('reads an empty list without problems', () => {
      expect(parseTechniqueList([], findTechnique)).to.deep.equal({ techniques: [], problems: [] });
      expect(parseTechniqueList({ techniques: [] }, findTechnique)).to.deep.equal({
        techniques: [],
        problems: [],
      });
    });

    it('reports an unknown top-level key and still reads the list', () => {
      const { techniques, problems } = parseTechniqueList(
        { theme: 'dark', techniques: ['swedish'], Techniques: ['thai'] },
        findTechnique,
      );
      expect(idsOf(techniques)).to.deep.equal(['swedish']);
      expect(problems.map((problem) => [problem.path, problem.value])).to.deep.equal([
        ['theme', 'dark'],
        ['Techniques', ['thai']],
      ]);
    });
  });

  describe('properties', () => {
    const entryArb = fc.oneof(
      fc.constantFrom(...BUILT_IN_TECHNIQUE_IDS, 'reiki', ''),
      fc.record(
        {
          id: fc.oneof(fc.stringMatching(TECHNIQUE_ID).filter(isTechniqueId), fc.anything()),
          name: fc.oneof(fc.string(), fc.anything()),
          summary: fc.string(),
          pressure: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    const rootArb = fc.oneof(
      fc.anything(),
      fc.array(entryArb),
      fc.array(entryArb).map((techniques) => ({ techniques })),
    );

    it('never throws, and keeps unique ids in the input order', () => {
      fc.assert(
        fc.property(rootArb, (root) => {
          const { techniques, problems } = parseTechniqueList(root, findTechnique);
          const ids = idsOf(techniques);
          if (new Set(ids).size !== ids.length) throw new Error('duplicate id kept');
          for (const id of ids) if (!isTechniqueId(id)) throw new Error(`bad id ${id}`);
          const isObject = typeof root === 'object' && root !== null && !Array.isArray(root);
          const listed = problems.length > MAX_PROBLEMS_LISTED ? problems.slice(0, -1) : problems;
          // Past the cap, one last problem at (root) counts the rest.
          if (problems.length > MAX_PROBLEMS_LISTED + 1) throw new Error('too many problems');
          for (const { path } of listed) {
            const fits = isObject
              ? path.startsWith('techniques') || Object.keys(root).includes(path)
              : path === '(root)' || path.startsWith('[');
            if (!fits) throw new Error(`unexpected problem path ${JSON.stringify(path)}`);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('never throws on anything at all', () => {
      fc.assert(
        fc.property(fc.anything(), (root) => {
          parseTechniqueList(root, findTechnique);
        }),
      );
    });

    it('reads any list of built-in ids back as those techniques, first of each kept', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...BUILT_IN_TECHNIQUE_IDS)), (ids) => {
          const { techniques, problems } = parseTechniqueList(ids, findTechnique);
          const unique = [...new Set(ids)];
          expect(idsOf(techniques)).to.deep.equal(unique);
          expect(problems).to.have.length(ids.length - unique.length);
          techniques.forEach((technique, i) =>
            expect(technique).to.equal(findTechnique(unique[i]!)),
          );
        }),
      );
    });
  });
});

describe('checkTechniqueList: a clinic’s list as the list element takes it', () => {
  it('gives the usable entries, built-in ids looked up, and every problem', () => {
    const { value, problems } = checkTechniqueList(['swedish', HOT_STONE, { id: 'x' }, 'reiki']);
    expect(idsOf(value!)).to.deep.equal(['swedish', 'hot-stone']);
    expect(paths(problems)).to.include.members(['[2].name', '[3]']);
  });

  it('gives nothing, so the list shows its error, when no entry is usable', () => {
    for (const json of [[], ['reiki'], { techniques: [{ id: 'x' }] }, 'swedish', null]) {
      const { value, problems } = checkTechniqueList(json);
      expect(value, JSON.stringify(json)).to.equal(undefined);
      if (!Array.isArray(json) || json.length)
        expect(problems.length, JSON.stringify(json)).to.be.greaterThan(0);
    }
    expect(checkTechniqueList('swedish').problems[0]!.reason).to.equal(LIST_SHAPE);
  });
});
