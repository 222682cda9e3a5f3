import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { flowTexts, localizeFlow, type FlowTexts } from '../../src/symptom-check/flow-texts.js';
import { parseFlow } from '../../src/symptom-check/flow-validation.js';
import { findReachable } from '../../src/symptom-check/flow-reachability.js';
import { BACK_PAIN_FLOW_FR } from '../../src/symptom-check/languages/back-pain-flow.fr.js';
import { BACK_PAIN_FLOW_ES } from '../../src/symptom-check/languages/back-pain-flow.es.js';
import { buildFlow, flowPlanArb } from '../helpers/flow-plans.js';

/** Where a text sits in a FlowTexts table, e.g. ['items', 'emergency', 'options', 'none']. */
type TextPath = readonly string[];

/** Every text of a table, with its path. */
function textsIn(table: object, at: TextPath = []): Array<[TextPath, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[TextPath, string]> =>
    typeof value === 'string' ? [[[...at, key], value]] : textsIn(value as object, [...at, key]),
  );
}

/** A table holding only the given texts (a sparse, partial language). */
function tableOf(entries: ReadonlyArray<readonly [TextPath, unknown]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, text] of entries) {
    let node = root;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = text;
  }
  return root;
}

/** The fields of a flow a visitor reads; everything else is the flow's logic. */
const TEXT_FIELDS = new Set(['title', 'intro', 'text', 'helpText', 'display', 'advice']);

/** The flow with every visitor text blanked (written apart from localizeFlow, to check it). */
function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(skeleton);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, TEXT_FIELDS.has(key) ? '' : skeleton(field)]),
  );
}

const flowArb = fc.oneof(fc.constant(BACK_PAIN_FLOW), flowPlanArb.map(buildFlow));

/** A flow and a partial language for it: some texts replaced, some blank or junk, some extra keys. */
const partialArb = flowArb.chain((flow) => {
  const paths = textsIn(flowTexts(flow)).map(([path]) => path);
  const given = fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: 1 }).map((text) => `«${text}»`) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>('', '  ', 7, null, {}, ['x']) },
  );
  return fc.record({
    flow: fc.constant(flow),
    chosen: fc.array(fc.option(given, { nil: undefined }), {
      minLength: paths.length,
      maxLength: paths.length,
    }),
    extra: fc.array(fc.tuple(fc.constantFrom('items', 'outcomes'), fc.string(), fc.string())),
    paths: fc.constant(paths),
  });
});

describe('flow texts', () => {
  describe('localizeFlow and flowTexts', () => {
    it('gives back the very flow for English (no texts)', () => {
      expect(localizeFlow(BACK_PAIN_FLOW, undefined)).to.equal(BACK_PAIN_FLOW);
    });

    it('lists every text of the built-in flow by id', () => {
      const texts = flowTexts(BACK_PAIN_FLOW);
      expect(Object.keys(texts.items)).to.deep.equal(BACK_PAIN_FLOW.item.map((i) => i.linkId));
      expect(Object.keys(texts.outcomes)).to.deep.equal(BACK_PAIN_FLOW.outcomes.map((o) => o.id));
      expect(texts.items['emergency']!.options!['bladder-bowel']).to.match(/bladder/);
      expect(texts.items['below-knee']).to.deep.equal({
        text: 'Does the pain spread down a leg, past the knee?',
      });
    });

    it('lays a flow’s own texts over it to the same flow (property)', () => {
      fc.assert(
        fc.property(flowArb, (flow) => {
          expect(localizeFlow(flow, flowTexts(flow))).to.deep.equal(flow);
        }),
      );
    });

    it('changes only the texts given, and never an id, code, condition or number (property)', () => {
      fc.assert(
        fc.property(partialArb, ({ flow, chosen, extra, paths }) => {
          const given = paths.map((path, n) => [path, chosen[n]] as const);
          const table = tableOf([
            ...given.filter(([, text]) => text !== undefined),
            ...extra.map(
              ([part, id, field]) => [[part, `zz-${id}`, field || 'text'], 'extra'] as const,
            ),
          ]);
          const localized = localizeFlow(flow, table as Partial<FlowTexts>);
          const usable = (text: unknown): text is string =>
            typeof text === 'string' && text.trim() !== '';
          const expected = tableOf(
            textsIn(flowTexts(flow)).map(([path, english], n) => {
              const text = given[n]![1];
              return [path, usable(text) ? text : english];
            }),
          );
          expect(flowTexts(localized)).to.deep.equal(expected);
          expect(skeleton(localized)).to.deep.equal(skeleton(flow));
        }),
      );
    });

    it('reads no inherited keys, and adds no help text English lacks', () => {
      const flow = {
        ...BACK_PAIN_FLOW,
        item: [{ ...BACK_PAIN_FLOW.item[4]!, linkId: 'constructor' }],
      };
      expect(localizeFlow(flow, { items: {} }).item[0]).to.deep.equal(flow.item[0]);
      const texts = { items: { constructor: { text: 'Q ?', helpText: 'Aide' } } };
      expect(localizeFlow(flow, texts).item[0]).to.deep.equal({ ...flow.item[0], text: 'Q ?' });
    });
  });

  describe('the back-pain check in French and Spanish', () => {
    const ENGLISH = flowTexts(BACK_PAIN_FLOW);
    const LANGUAGES = { fr: BACK_PAIN_FLOW_FR, es: BACK_PAIN_FLOW_ES } as const;
    const englishAt = new Map(textsIn(ENGLISH).map(([path, text]) => [path.join(' '), text]));

    /**
     * Common English words, and the words of the English red flags and advice. Words French
     * or Spanish spell the same way (cancer, accident, massage, infection, urine, service,
     * base, position, sport, control, describe, car, long, on, me, no, once, hay, come) are left out: they
     * would flag correct text. "doctor" is Spanish too, but stays listed: the texts say
     * « médecin » and « médico », the words patients use.
     */
    const ENGLISH_WORDS = new Set(
      `the your you have has had pain call bladder bowels bowel legs leg both numb numbness
      weak feel chest arm jaw now right help get see emergency number go wait book back spine
      nerves nerve hours within straight department what when with and not any these this
      that of to in is are my it if do does did lost cannot full around genitals
      bottom inner thighs new starting stopping pass during sex spreading began after
      serious such crash bad fall fever unwell weight without trying worse night rest ease
      eases recent weakened immune taken medicine thin bones knock under over lump swelling
      shape high between shoulder blades cough sneeze open together told checked before
      today care quickly appears sign signs problem pressure treatment needs
      passes choose every one applies apply none doctor first can`.split(/\s+/),
    );
    const englishWordsIn = (text: string): string[] =>
      (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word));

    /** The red flags: both sign screens (question, help, every option) and both outcomes. */
    const isRedFlag = (path: TextPath): boolean =>
      ['emergency', 'urgent'].includes(path[1]!) && ['items', 'outcomes'].includes(path[0]!);

    for (const [language, texts] of Object.entries(LANGUAGES)) {
      describe(language, () => {
        const entries = textsIn(texts);

        it('has exactly the texts of the English flow: every item, option and outcome', () => {
          const keys = (table: object) =>
            textsIn(table)
              .map(([path]) => path.join(' '))
              .sort();
          expect(keys(texts)).to.deep.equal(keys(ENGLISH));
        });

        it('leaves no text empty', () => {
          for (const [path, text] of entries) expect(text.trim(), path.join(' ')).not.to.equal('');
        });

        it('translates every red flag: no English text, no English word', () => {
          const redFlags = entries.filter(([path]) => isRedFlag(path));
          // Both screens' question and help, their 8 and 12 options, and two outcomes' title and advice.
          expect(redFlags).to.have.length(2 * 2 + 7 + 1 + 11 + 1 + 2 * 2);
          for (const [path, text] of redFlags) {
            expect(text, path.join(' ')).not.to.equal(englishAt.get(path.join(' ')));
            expect(englishWordsIn(text), `${path.join(' ')}: ${text}`).to.deep.equal([]);
          }
        });

        it('has no English word anywhere in the check', () => {
          for (const [path, text] of entries)
            expect(englishWordsIn(text), `${path.join(' ')}: ${text}`).to.deep.equal([]);
        });

        it('never writes a phone number: the widget adds the clinic’s emergency number', () => {
          for (const [path, text] of entries) expect(text, path.join(' ')).not.to.match(/\d{3}/);
        });

        it('sets every red flag against its English in docs/medical-wording.md', async () => {
          const doc = await (await fetch('/docs/medical-wording.md')).text();
          for (const [path, text] of entries.filter(([at]) => isRedFlag(at)))
            expect(doc.includes(text), `${path.join(' ')}: ${text}`).to.equal(true);
        });

        it('passes the validator with the same questions and outcomes reachable', () => {
          const localized = localizeFlow(BACK_PAIN_FLOW, texts);
          const parsed = parseFlow(localized);
          expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems)).to.equal(true);
          expect(flowTexts(localized)).to.deep.equal(texts);
          const [english, translated] = [BACK_PAIN_FLOW, localized].map((flow) =>
            findReachable(flow),
          );
          expect([...translated!.asked]).to.deep.equal([...english!.asked]);
          expect([...translated!.reached]).to.deep.equal([...english!.reached]);
          expect(translated!.reached.size).to.equal(BACK_PAIN_FLOW.outcomes.length);
        });
      });
    }

    it('French: vous, narrow no-break spaces before ? : ; ! and typographic apostrophes', () => {
      for (const [path, text] of textsIn(BACK_PAIN_FLOW_FR)) {
        expect(text, path.join(' ')).not.to.match(/[ \u00a0][?:;!]|'|\btu\b|\bton\b|\bta\b/);
        expect(text, path.join(' ')).not.to.match(/\S[?:;!]/);
      }
    });

    it('Spanish: usted, and every question opens with ¿', () => {
      for (const [path, text] of textsIn(BACK_PAIN_FLOW_ES)) {
        if (text.endsWith('?')) expect(text, path.join(' ')).to.match(/^¿/);
        expect(text, path.join(' ')).not.to.match(/\b(tú|tienes|puedes|llama|busca)\b/u);
      }
    });

    it('keeps emergency and urgent apart: an urgent result never sends to the emergency department', () => {
      // French « urgence(s) » and Spanish « urgencias » name the emergency department in
      // Canada and much of Latin America; the urgent result speaks of a doctor today.
      expect(BACK_PAIN_FLOW_FR.outcomes['urgent']!.title).not.to.match(/urgence/i);
      expect(BACK_PAIN_FLOW_FR.outcomes['urgent']!.advice).not.to.match(/service des urgences/);
      for (const [path, text] of textsIn(BACK_PAIN_FLOW_ES))
        expect(text, path.join(' ')).not.to.match(/urgencia/i);
      expect(BACK_PAIN_FLOW_FR.outcomes['emergency']!.advice).to.match(
        /Appelez le numéro d’urgence/,
      );
      expect(BACK_PAIN_FLOW_ES.outcomes['emergency']!.advice).to.match(
        /Llame .*al número de emergencias/,
      );
    });
  });
});
