/** The built-in flows, by id: what the `flow` attribute can name. */
import type { Flow } from './flow-types.js';
import { BACK_PAIN_FLOW } from './back-pain-flow.js';

export const BUILT_IN_FLOWS: Readonly<Record<string, Flow>> = { 'back-pain': BACK_PAIN_FLOW };

export const findFlow = (id: string): Flow | undefined =>
  Object.hasOwn(BUILT_IN_FLOWS, id) ? BUILT_IN_FLOWS[id] : undefined;
