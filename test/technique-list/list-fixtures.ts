/** Lists made for a test, as a page writes them, and a clinic's own technique in JSON. */
import { fixture, type html } from '@open-wc/testing';
import type { KneadTechniqueList } from '../../src/technique-list/technique-list.js';
import { BUILT_IN_TECHNIQUES } from '../../src/technique-card/built-in-techniques.js';
import { settleList } from '../harness/technique-list.js';
import { element, isTemplate, type Attributes } from '../technique-card/card-fixtures.js';
import { withErrors } from '../helpers/console.js';

export type List = KneadTechniqueList;

/** How many techniques the built-in catalog has. */
export const TOTAL = BUILT_IN_TECHNIQUES.length;

/** A clinic's own technique, as it writes one in JSON. */
export const HOT_STONE_JSON = {
  id: 'hot-stone',
  name: 'Hot stone massage',
  summary: 'Warm basalt stones and slow strokes.',
  pressure: 2,
  goals: ['relaxation'],
};

/** A list with these attributes (or from this template), rendered with its cards. */
export async function listFixture(list: Attributes | ReturnType<typeof html>): Promise<List> {
  const made = await fixture<List>(isTemplate(list) ? list : element('knead-technique-list', list));
  await settleList(made);
  return made;
}

/**
 * A list with an inline JSON child, as a CMS writes it (the JSON is there before the list
 * connects), with every console error logged meanwhile.
 */
export async function jsonList(json: string, attributes: Attributes = {}) {
  const script = element('script', { type: 'application/json' }, new Text(json));
  return withErrors(async () => {
    const list = await fixture<List>(element('knead-technique-list', attributes, script));
    await settleList(list);
    return list;
  });
}
