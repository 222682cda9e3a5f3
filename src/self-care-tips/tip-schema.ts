/**
 * Reads a clinic's own tips (the element's JSON child or `data` property). Pure. Each entry
 * is a built-in id (`"water"`) or a whole tip object; a tip object may reuse a built-in id
 * to replace that tip's words. Bad entries are dropped with problems naming their JSON path
 * (`tips[3].when[0]`) and value; good ones are kept.
 */
import { isRecord } from '../shared/json-config.js';
import { FieldReader, capProblems, noteUnknownFields } from '../shared/json-fields.js';
import type { JsonProblem } from '../shared/log.js';
import type { CheckedConfig } from '../shared/config-source.js';
import { findTip } from './built-in-tips.js';
import {
  MAX_TIPS,
  MOMENTS,
  TIP_TEXT_LIMITS,
  isMoment,
  isTipId,
  type Moment,
  type Tip,
} from './tip-types.js';

export interface TipListParse {
  readonly tips: Tip[];
  readonly problems: JsonProblem[];
}

/** What a clinic's list must be. */
export const TIPS_SHAPE = 'expected an array of tips, or {"tips": [...]}';

const FIELDS: ReadonlySet<string> = new Set(['id', 'title', 'text', 'when']);
const MOMENT_LIST = MOMENTS.join(', ');

/** One tip object at `path`, or undefined (its problems noted) when it cannot be used. */
export function parseTip(value: unknown, path: string, problems: JsonProblem[]): Tip | undefined {
  if (!isRecord(value)) {
    problems.push({
      path: path || '(root)',
      value,
      reason:
        'expected a built-in tip id or a tip like {"id": ..., "title": ..., "text": ..., "when": [...]}',
    });
    return undefined;
  }
  const read = new FieldReader(value, path, problems, FIELDS);
  const id = value['id'];
  if (!isTipId(id))
    read.fail(
      'id',
      'required: lowercase letters and digits joined by single hyphens, at most 64 characters, like "warm-bath"',
    );
  const title = read.text('title', TIP_TEXT_LIMITS.title, true);
  const text = read.text('text', TIP_TEXT_LIMITS.text, true);
  const when = readMoments(read, value['when']);
  if (!read.usable || !isTipId(id) || !title || !text || !when) return undefined;
  return { id, title, text, when };
}

/** `when`: a non-empty array of moments, each once; returned in MOMENTS order. */
function readMoments(read: FieldReader, given: unknown): Moment[] | undefined {
  if (!Array.isArray(given) || given.length === 0 || given.length > MOMENTS.length)
    return read.fail(
      'when',
      `required: an array of 1 to ${MOMENTS.length} moments: ${MOMENT_LIST}`,
    );
  const seen = new Set<Moment>();
  given.forEach((moment: unknown, index) => {
    if (!isMoment(moment))
      read.fail(`when[${index}]`, `unknown moment; use one of ${MOMENT_LIST}`, moment);
    else if (seen.has(moment)) read.fail(`when[${index}]`, 'listed twice', moment);
    else seen.add(moment);
  });
  return read.usable ? MOMENTS.filter((moment) => seen.has(moment)) : undefined;
}

/**
 * Accepts an array of entries or `{"tips": [...]}`. The first MAX_TIPS entries are read;
 * past that, one problem names the limit. A repeated id keeps the first entry.
 */
export function parseTipList(json: unknown): TipListParse {
  const tips: Tip[] = [];
  const problems: JsonProblem[] = [];
  let entries: unknown = json;
  let base = '';
  if (isRecord(json)) {
    entries = json['tips'];
    base = 'tips';
    noteUnknownFields(json, (key) => key === 'tips', '', problems, 'unknown setting (ignored)');
  }
  if (!Array.isArray(entries)) {
    problems.push({ path: base || '(root)', value: entries, reason: TIPS_SHAPE });
    return { tips, problems };
  }
  if (entries.length > MAX_TIPS)
    problems.push({
      path: base || '(root)',
      value: entries.length,
      reason: `too many tips: at most ${MAX_TIPS}; the rest are left out`,
    });
  const seen = new Set<string>();
  entries.slice(0, MAX_TIPS).forEach((entry: unknown, index) => {
    const path = `${base}[${index}]`;
    let tip: Tip | undefined;
    if (typeof entry === 'string') {
      tip = findTip(entry);
      if (!tip) problems.push({ path, value: entry, reason: 'not a built-in tip id' });
    } else tip = parseTip(entry, path, problems);
    if (!tip) return;
    if (seen.has(tip.id)) {
      problems.push({
        path: typeof entry === 'string' ? path : `${path}.id`,
        value: tip.id,
        reason: 'duplicate id (the first entry is kept)',
      });
      return;
    }
    seen.add(tip.id);
    tips.push(tip);
  });
  return { tips, problems: capProblems(problems) };
}

/** A clinic's list as the element takes it: its usable tips, or none (the error note). */
export function checkTipList(json: unknown): CheckedConfig<readonly Tip[]> {
  const { tips, problems } = parseTipList(json);
  return { value: tips.length ? tips : undefined, problems };
}
