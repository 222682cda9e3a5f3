/**
 * Which techniques a list shows: the `techniques` attribute's choice from what is
 * available, and the ids `highlight` names. Pure.
 */
import { asText } from '../shared/as-text.js';
import { listInMessage } from '../shared/log.js';
import type { Technique } from '../technique-card/technique-types.js';

/** The ids in an attribute: words separated by spaces (a framework's array counts too). */
export const idsIn = (value: unknown): string[] => asText(value).split(/\s+/).filter(Boolean);

export interface TechniqueChoice {
  /** The chosen techniques, in the order chosen, each once; every one available when none is chosen. */
  readonly techniques: readonly Technique[];
  /** Why some ids were left out (unknown ones, with the known ids), for the console. */
  readonly problem?: string | undefined;
}

/**
 * The techniques `ids` choose from `available`, in the order of `ids`. Unknown ids are left
 * out and named; when none is known the choice is empty, and the list shows its error.
 */
export function chooseTechniques(
  available: readonly Technique[],
  ids: readonly string[],
): TechniqueChoice {
  if (!ids.length) return { techniques: available };
  const byId = new Map(available.map((technique) => [technique.id, technique]));
  const unknown = ids.filter((id) => !byId.has(id));
  return {
    techniques: [...new Set(ids)].flatMap((id) => byId.get(id) ?? []),
    problem: unknown.length
      ? `unknown ids ${listInMessage(unknown)}; known: ${listInMessage([...byId.keys()], 400)}`
      : undefined,
  };
}
