/**
 * Validates the settings a clinic pastes as JSON inside `<knead-clinic>`. Pure; returns
 * what is usable plus one message per problem, so bad entries are dropped, not fatal.
 */
import { isRecord } from '../shared/json-config.js';
import { capProblems, noteUnknownFields } from '../shared/json-fields.js';
import type { JsonProblem } from '../shared/log.js';

export interface ClinicConfig {
  /** Technique id to the clinic's service id with its booking provider. */
  readonly services: Readonly<Record<string, string>>;
}

/** A problem with one setting, named by its JSON path (e.g. `services.deep-tissue`). */
export type ConfigProblem = JsonProblem;

const ID = /^[a-z0-9][a-z0-9_-]{0,99}$/i;
/** A service id; one `/` for a provider whose services have an id and a name (Noterro). */
const SERVICE = /^[a-z0-9][a-z0-9_-]{0,99}(?:\/[a-z0-9][a-z0-9_-]{0,99})?$/i;

/** Services a clinic may map: more than a technique list holds (200), short of a flood. */
export const MAX_SERVICES = 300;

export function parseClinicConfig(json: unknown): {
  config: ClinicConfig;
  problems: ConfigProblem[];
} {
  const problems: ConfigProblem[] = [];
  const services: Record<string, string> = {};
  if (!isRecord(json)) {
    problems.push({
      path: '(root)',
      value: json,
      reason: 'expected an object like {"services": {...}}',
    });
    return { config: { services }, problems };
  }
  noteUnknownFields(json, (key) => key === 'services', '', problems, 'unknown setting');
  const given = json['services'];
  if (given !== undefined && !isRecord(given)) {
    problems.push({
      path: 'services',
      value: given,
      reason: 'expected an object of technique id to service id',
    });
  } else if (given) {
    const entries = Object.entries(given);
    if (entries.length > MAX_SERVICES)
      problems.push({
        path: 'services',
        value: entries.length,
        reason: `too many services: at most ${MAX_SERVICES}; the rest are ignored`,
      });
    for (const [technique, service] of entries.slice(0, MAX_SERVICES)) {
      if (ID.test(technique) && typeof service === 'string' && SERVICE.test(service)) {
        services[technique] = service;
      } else {
        problems.push({
          path: `services.${technique}`,
          value: service,
          reason:
            'expected a technique id mapped to a service id (letters, digits, - and _, and one / as in 26506/myofascial-therapy)',
        });
      }
    }
  }
  return { config: { services }, problems: capProblems(problems) };
}
