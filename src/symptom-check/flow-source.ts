/**
 * Where the check's flow comes from (shared/config-source.ts has the precedence): the
 * `flow` property's object, the inline JSON child, or the built-in flow `flow` names. A
 * clinic's own flow is checked by the validator, which loads only then: the built-in flows
 * are checked by the tests.
 */
import type { ReactiveControllerHost } from 'lit';
import { ConfigSource } from '../shared/config-source.js';
import type { Flow } from './flow-types.js';
import { BUILT_IN_FLOWS, findFlow } from './built-in-flows.js';

export const flowSource = (
  host: ReactiveControllerHost & HTMLElement,
  property: () => unknown,
): ConfigSource<Flow> =>
  new ConfigSource<Flow>(host, {
    property,
    attribute: 'flow',
    builtIn: (name) => findFlow(name ?? ''),
    unknown: () => `unknown flow; use one of ${Object.keys(BUILT_IN_FLOWS).join(', ')}`,
    check: async (given) => {
      const parsed = (await import('./flow-validation.js')).parseFlow(given);
      return parsed.ok ? { value: parsed.flow, problems: [] } : { problems: parsed.problems };
    },
  });
