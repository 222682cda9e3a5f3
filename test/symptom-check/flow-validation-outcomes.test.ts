import { expect } from '@open-wc/testing';
import { parseFlow } from '../../src/symptom-check/flow-validation.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { changed, expectRejectedAt, items, outcomes, paths, type Json } from './flow-json.js';
import { is, outcome, yesNo } from './flow-builders.js';

describe('parseFlow', () => {
  describe('problems in outcomes, and items or outcomes no answers reach', () => {
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
      items(json).push({ ...yesNo('after-chest-pain', [is('emergency', 'chest-pain')]) });
      // One answer cannot be two places.
      const twoPlaces = { all: [is('area', 'lower-back'), is('area', 'several')] };
      outcomes(json).push({ ...outcome('two-places', 'massage', twoPlaces) });
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
});
