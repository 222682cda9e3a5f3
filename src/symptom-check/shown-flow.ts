/**
 * The flow as a visitor reads it. The English flow (the built-in one, or a clinic's) is
 * what is validated and what decides the next step; what is shown is the same step of the
 * flow in the visitor's words, found by its id, so answers (kept by linkId and code) stay
 * valid when the language changes mid-check. A clinic's own flow is shown as it is: it is
 * the clinic's text, in the language the clinic wrote it. Pure but for a one-entry cache.
 */
import type { Flow } from './flow-types.js';
import type { Step } from './flow-machine.js';
import { localizeFlow, type FlowTexts } from './flow-texts.js';
import { findFlow } from './built-in-flows.js';

/** The last flow put into words, so a re-render in the same language builds nothing. */
let last: { flow: Flow; texts: object; shown: Flow } | undefined;

/**
 * `flow` in the visitor's words: a built-in flow with the texts `textsOf` gives for it
 * (`back-pain-flow`) laid over its English; any other flow as it is.
 */
export function flowIn(
  flow: Flow,
  textsOf: (name: string) => Partial<FlowTexts> | undefined,
): Flow {
  // The built-in object itself, not a clinic's flow that happens to share its id.
  if (findFlow(flow.id) !== flow) return flow;
  const texts = textsOf(`${flow.id}-flow`);
  if (!texts) return flow;
  if (last?.flow !== flow || last.texts !== texts)
    last = { flow, texts, shown: localizeFlow(flow, texts) };
  return last.shown;
}

/**
 * `step` (from the English flow) as `shown` has it: the question with the same linkId, the
 * outcome with the same id; the English one where `shown` lacks it.
 */
export function stepIn(shown: Flow, step: Step): Step {
  if (step.kind === 'question') {
    const { linkId } = step.item;
    const item = shown.item.find((each) => each.linkId === linkId);
    return item ? { kind: 'question', item } : step;
  }
  const { id } = step.outcome;
  const outcome = shown.outcomes.find((each) => each.id === id);
  return outcome ? { kind: 'outcome', outcome } : step;
}
