import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { flowTexts, localizeFlow, type FlowTexts } from '../../src/symptom-check/flow-texts.js';
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
});
