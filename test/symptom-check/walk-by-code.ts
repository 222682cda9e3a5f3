/**
 * Drives the check through a route by answer codes rather than by words, so the same walk
 * runs whatever language the check speaks: Start and Next are the screen's main button,
 * and an answer is found by its place (the flow's option order; Yes before No), checked
 * against the question's linkId, which names the screen's inputs.
 */
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import {
  itemOf,
  options,
  part,
  settle,
  type Check,
  type Choice,
} from '../harness/symptom-check.js';

/** Presses the screen's main button (Start, or Next), and waits for what it shows. */
export async function pressMain(el: Check): Promise<void> {
  const main = part<HTMLButtonElement>(el, 'primary');
  if (!main) throw new Error('no main button on this screen');
  main.click();
  await settle(el);
}

/** The place of the answer `code` among the answers `linkId` shows. */
function placeOf(linkId: string, code: string, flow: Flow): number {
  const item = itemOf(linkId, flow);
  const place =
    item.type === 'boolean'
      ? ['yes', 'no'].indexOf(code)
      : (item.answerOption ?? []).findIndex((option) => option.valueCoding.code === code);
  if (place < 0) throw new Error(`question "${linkId}" has no answer "${code}"`);
  return place;
}

/**
 * Answers a route's screens by code, from the intro (pressing Start first) or from the
 * question of its first step.
 */
export async function answerByCode(
  el: Check,
  route: readonly Choice[],
  flow: Flow = BACK_PAIN_FLOW,
): Promise<void> {
  if (part(el, 'intro')) await pressMain(el);
  for (const { linkId, codes } of route) {
    const shown = el.shadowRoot!.querySelector('input')?.name;
    if (shown !== undefined && shown !== linkId)
      throw new Error(`expected the question "${linkId}", but the screen shows "${shown}"`);
    for (const code of codes) {
      const { input } = options(el)[placeOf(linkId, code, flow)]!;
      if (!input.checked) input.click();
      await el.updateComplete;
    }
    await pressMain(el);
  }
}
