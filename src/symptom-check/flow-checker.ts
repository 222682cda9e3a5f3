/**
 * What a flow may hold (FLOW_LIMITS) and the checker that collects a flow's problems, each
 * named by its JSON path, at most FLOW_LIMITS.problems of them. Pure.
 */
import type { JsonProblem } from '../shared/log.js';

export const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i;
export const ID_LIMIT = 64;

/**
 * How much a flow may hold: far beyond a real questionnaire (the built-in one has 9
 * questions; a 200-question flow checks in milliseconds), short of what could freeze a page.
 * A flow over any of them is refused with a problem naming the limit.
 */
export const FLOW_LIMITS = {
  /** Questions in the flow. */
  items: 300,
  /** Options of one question, and of all questions together. */
  options: 100,
  totalOptions: 2_000,
  /** Outcomes in the flow. */
  outcomes: 100,
  /** `enableWhen` tests of one question, and of all questions together. */
  enableWhen: 20,
  totalEnableWhen: 1_000,
  /** Levels of all/any/not inside one outcome's condition. */
  conditionDepth: 8,
  /** Answer tests and all/any/not groups in one outcome's condition, and in all of them. */
  conditionParts: 500,
  totalConditionParts: 5_000,
  /** Technique or exercise ids of one outcome. */
  ids: 50,
  /** Characters of one text: a title, a question, an option, some advice. */
  text: 600,
  /** Problems listed one by one; past this, one more says how many were left out. */
  problems: 25,
} as const;

const TEXT_LIMIT = FLOW_LIMITS.text;
export const count = (n: number) => n.toLocaleString('en-US');

export class Checker {
  private readonly listed: JsonProblem[] = [];
  private more = 0;

  get failed(): boolean {
    return this.listed.length > 0;
  }

  problem(path: string, value: unknown, reason: string): void {
    if (this.listed.length < FLOW_LIMITS.problems) this.listed.push({ path, value, reason });
    else this.more++;
  }

  /** The problems, at most `FLOW_LIMITS.problems` of them and a last one for the rest. */
  get problems(): JsonProblem[] {
    if (!this.more) return this.listed;
    const reason = `and ${count(this.more)} more problems not listed; fix these first`;
    return [...this.listed, { path: '(root)', value: this.more, reason }];
  }

  text(
    record: Record<string, unknown>,
    field: string,
    path: string,
    required = true,
  ): string | undefined {
    const value = record[field];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.trim() === '' || value.length > TEXT_LIMIT) {
      this.problem(`${path}.${field}`, value, `expected text of 1 to ${TEXT_LIMIT} characters`);
      return undefined;
    }
    return value;
  }

  id(record: Record<string, unknown>, field: string, path: string): string | undefined {
    const value = record[field];
    if (typeof value !== 'string' || value.length > ID_LIMIT || !ID.test(value)) {
      this.problem(
        `${path}.${field}`,
        value,
        'expected an id: letters and digits joined by - or _',
      );
      return undefined;
    }
    return value;
  }

  unknownFields(record: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const key of Object.keys(record))
      if (!known.includes(key)) this.problem(`${path}.${key}`, record[key], 'unknown field');
  }
}
