import { expect } from '@open-wc/testing';
import { parseFlow } from '../../src/symptom-check/flow-validation.js';
import { flowOf, is, opt, outcome, question } from './flow-builders.js';
import { runToOutcome, unreachablePaths } from './flow-walks.js';
import {
  changed,
  expectRejectedAt,
  items,
  minimal,
  okFlow,
  options,
  plain,
  type Json,
} from './flow-json.js';

describe('parseFlow', () => {
  describe('a valid flow', () => {
    it('accepts the minimal custom flow and returns it', () => {
      const json = minimal();
      const flow = okFlow(parseFlow(json));
      expect(plain(flow)).to.deep.equal(json);
      expect(runToOutcome(flow, [{ index: 1, subset: [0] }]).outcome.id).to.equal('fallback');
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
      const signs = (code: string, operator?: '!=') => is('signs', code, operator);
      const flow = flowOf(
        [question('signs', 'multi-choice', ['a', 'b', 'c', 'none'])],
        [
          outcome('mix', 'clinician', { all: [signs('a'), signs('c'), signs('b', '!=')] }),
          outcome('fallback', 'clinician'),
        ],
      );
      expect(unreachablePaths(flow)).to.deep.equal([]);
      okFlow(parseFlow(flow));
    });

    it('accepts an outcome reached only by two codes chosen without a third, more severe one', () => {
      const worse = (code: string) => is('worse', code);
      const flow = flowOf(
        [question('worse', 'multi-choice', ['moving', 'sitting', 'bending', 'coughing'])],
        [
          outcome('nerve', 'clinician', worse('coughing')),
          outcome('posture', 'massage', { all: [worse('sitting'), worse('bending')] }),
          outcome('fallback', 'clinician'),
        ],
      );
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
  });
});
