// Benchmark, not a test: how long the symptom-check flow validator (`parseFlow`) blocks the
// main thread on the flows a clinic could paste, from the built-in one to the worst we could
// build, and what one answer costs the flow engine on a 200-question flow. Pure code, so it
// runs in Node: the sources (and the flows of test/helpers/large-flows.ts) are bundled in
// memory with esbuild, as they are, and imported from a data: URL.
//
// Each case is validated once to warm up, then `--runs` times; it prints the median and
// the slowest run in ms, and the verdict (accepted, or the paths of the problems). It exits
// non-zero when a case's median is over its ceiling (generous: a main thread should never
// block longer) or its verdict is not the expected one.
//
// Usage: node scripts/bench-flow-validation.js [--runs 15] [--only name,name] [--json]
//   --only   cases to run, by name (see the table printed), e.g. --only back-pain,clinic-200
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { quantile } from './bench-server.js';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs wants a whole number ≥ 1.');
const ONLY = options.only ? new Set(options.only.split(',')) : undefined;
const log = (message) => options.json || console.error(message);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = `
export { parseFlow } from './src/symptom-check/flow-validation.ts';
export { answer, next, progress } from './src/symptom-check/flow-machine.ts';
export { BACK_PAIN_FLOW } from './src/symptom-check/back-pain-flow.ts';
export * from './test/helpers/large-flows.ts';
`;
const bundled = await build({
  stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const code = bundled.outputFiles[0].text;
const lib = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const copy = (value) => JSON.parse(JSON.stringify(value));
const items = (json) => json.item.length;
const lastItem = (json) => `item[${items(json) - 1}]`;

/**
 * Near the most a clinic may give, the validator's limits met at once: 300 questions with
 * 600-character texts, 2,000 options, about 1,000 enableWhen tests, 100 outcomes with 4,950
 * condition parts.
 */
function largestFlow() {
  const text = (n) => `Question ${n}: ${'a'.repeat(590)}`.slice(0, 600);
  const codes = ['c0', 'c1', 'c2', 'c3', 'c4'];
  const item = Array.from({ length: 300 }, (_, k) => ({
    linkId: `q${k}`,
    text: text(k),
    helpText: text(k),
    type: k % 3 ? 'multi-choice' : 'choice',
    answerOption: [
      ...codes.map((code) => ({ valueCoding: { code, display: text(k) } })),
      {
        valueCoding: { code: 'none', display: 'None of these' },
        exclusive: k % 3 ? true : undefined,
      },
      ...(k < 200 ? [{ valueCoding: { code: 'other', display: 'Something else' } }] : []),
    ],
    // 200 questions with 5 tests each (fewer for the first two).
    ...(k % 3 !== 0
      ? {
          enableBehavior: 'any',
          enableWhen: Array.from({ length: Math.min(5, k) }, (_, t) => ({
            question: `q${k - 1 - t}`,
            operator: t % 2 ? '!=' : '=',
            answerCoding: { code: codes[(k + t) % codes.length] },
          })),
        }
      : {}),
  }));
  const outcomes = Array.from({ length: 99 }, (_, o) => ({
    id: `o${o}`,
    level: ['emergency', 'urgent', 'clinician', 'massage'][o % 4],
    when: {
      all: [
        { question: `q${299 - o}`, operator: 'exists' },
        {
          any: Array.from({ length: 47 }, (_, t) => ({
            question: `q${(o * 3 + t) % 300}`,
            operator: t % 3 ? '=' : '!=',
            answerCoding: { code: codes[t % codes.length] },
          })),
        },
      ],
    },
    title: text(o),
    advice: text(o),
  }));
  outcomes.push({ id: 'fallback', level: 'clinician', title: 'Other', advice: 'Ask us.' });
  return { id: 'largest', title: 'Largest', intro: text(0), item, outcomes };
}

const CASES = [
  { name: 'back-pain', json: () => copy(lib.BACK_PAIN_FLOW), expect: [], ceiling: 20 },
  { name: 'clinic-200', json: () => lib.clinicFlow(200), expect: [], ceiling: 100 },
  {
    name: 'clinic-200-dead-item',
    json: () => lib.clinicFlow(200, { dead: true }),
    expect: (json) => [lastItem(json)],
    ceiling: 100,
  },
  { name: 'options-22', json: () => lib.manyOptionsFlow(22), expect: [], ceiling: 50 },
  { name: 'options-24', json: () => lib.manyOptionsFlow(24), expect: [], ceiling: 50 },
  { name: 'options-64', json: () => lib.manyOptionsFlow(64), expect: [], ceiling: 50 },
  {
    name: 'options-64-shadowed',
    json: () => lib.manyOptionsFlow(64, { shadowed: true }),
    expect: ['outcomes[1]'],
    ceiling: 50,
  },
  { name: 'chain-300', json: () => lib.enableWhenChain(300), expect: [], ceiling: 100 },
  {
    name: 'exploding',
    json: () => lib.explodingFlow(),
    // Either the exact answer, or the check's own limit, named: never a silent pass.
    expect: (_, problems) =>
      problems.some((p) => /limit/.test(p.reason)) ? problems.map((p) => p.path) : ['outcomes[0]'],
    ceiling: 500,
  },
  { name: 'largest-input', json: largestFlow, expect: undefined, ceiling: 500 },
];

const verdictOf = (parsed) => (parsed.ok ? [] : parsed.problems.map((problem) => problem.path));

function time(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const results = [];
let failed = false;
for (const bench of CASES) {
  if (ONLY && !ONLY.has(bench.name)) continue;
  const json = bench.json();
  log(`${bench.name}: ${items(json)} items, ${json.outcomes.length} outcomes…`);
  const first = time(() => lib.parseFlow(json));
  const times = [];
  for (let run = 0; run < RUNS; run++) times.push(time(() => lib.parseFlow(json)).ms);
  const verdict = verdictOf(first.value);
  const problems = first.value.ok ? [] : first.value.problems;
  const expected = typeof bench.expect === 'function' ? bench.expect(json, problems) : bench.expect;
  const verdictOk = expected === undefined || JSON.stringify(verdict) === JSON.stringify(expected);
  const median = quantile(times, 0.5);
  const result = {
    name: bench.name,
    medianMs: Number(median.toFixed(2)),
    maxMs: Number(Math.max(...times, first.ms).toFixed(2)),
    ceilingMs: bench.ceiling,
    verdict: verdict.length ? `refused at ${verdict.slice(0, 3).join(', ')}` : 'accepted',
    reason: problems[0]?.reason,
    ok: verdictOk && median <= bench.ceiling,
  };
  if (!verdictOk) result.expected = expected;
  failed ||= !result.ok;
  results.push(result);
}

// The engine: every step of a visitor's walk (next, progress and answer, as the element
// calls them), per answer. On the 200-question flow a visitor answers about 20 questions
// ("no", an option, or "None") before an outcome; the chain of 300 is answered "yes" to
// the end, so each step sees up to 300 answers.
function engineCase(name, json, pick) {
  const parsed = lib.parseFlow(json);
  if (!parsed.ok) throw new Error(`${name}: the flow was refused`);
  const flow = parsed.flow;
  const perAnswer = [];
  for (let run = 0; run <= RUNS; run++) {
    let answers = new Map();
    for (let step = 0; step <= flow.item.length; step++) {
      const { ms, value: done } = time(() => {
        const at = lib.next(flow, answers);
        lib.progress(flow, answers);
        if (at.kind === 'outcome') return true;
        answers = lib.answer(flow, answers, at.item.linkId, pick(at.item, step));
        return false;
      });
      if (run > 0) perAnswer.push(ms);
      if (done) break;
    }
  }
  const median = quantile(perAnswer, 0.5);
  return {
    name: `${name} (per answer)`,
    medianMs: Number(median.toFixed(3)),
    maxMs: Number(Math.max(...perAnswer).toFixed(3)),
    ceilingMs: 5,
    verdict: `${perAnswer.length / RUNS} steps`,
    ok: median <= 5,
  };
}

const firstOrNone = (item, step) => {
  const codes = (item.answerOption ?? []).map((option) => option.valueCoding.code);
  if (item.type === 'boolean') return false;
  if (item.type === 'display') return true;
  return item.type === 'choice' ? codes[step % codes.length] : [codes[codes.length - 1]];
};
for (const [name, json, pick] of [
  ['engine-200', () => lib.clinicFlow(200), firstOrNone],
  ['engine-chain-300', () => lib.enableWhenChain(300), () => true],
]) {
  if (ONLY && !ONLY.has(name)) continue;
  const result = engineCase(name, json(), pick);
  failed ||= !result.ok;
  results.push(result);
}

if (options.json) console.log(JSON.stringify(results, null, 2));
else {
  console.log(`node scripts/bench-flow-validation.js --runs ${RUNS}  (${RUNS} runs after one)`);
  console.log('case                       median ms     max ms  ceiling  verdict');
  for (const r of results)
    console.log(
      `${r.name.padEnd(26)} ${String(r.medianMs).padStart(9)} ${String(r.maxMs).padStart(10)} ${String(r.ceilingMs).padStart(8)}  ${r.ok ? '' : 'FAIL '}${r.verdict}${r.expected ? ` (expected ${JSON.stringify(r.expected)})` : ''}`,
    );
}
process.exitCode = failed ? 1 : 0;
