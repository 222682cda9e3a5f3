// Benchmark, not a test: <knead-exercise-timer> running a real 5-minute routine in headless
// Chromium, in real time. Two questions:
//  1. How late does the page show each phase change, against the schedule? The element
//     derives its state from the wall clock and sleeps until the shown seconds next change,
//     so a phase should appear within a few ms of when it is due, and never before.
//  2. What does the page cost while it runs? Renderer main-thread CPU per minute, from the
//     DevTools Protocol (`page.metrics()`: TaskDuration, ScriptDuration, ...), and, where the
//     browser reports it, every Chromium process's CPU time (SystemInfo.getProcessInfo).
//
// The page holds the production CDN bundle (built in memory from src/ with the repo's own
// `--mode cdn` config, as bench-technique-list.js does, unless --bundle names a built file)
// and one timer with a routine given as its inline JSON child: 300 s of five exercises with
// holds, sides done in turn and alternating, a switch, rests and one exercise's own rest.
// The expected phase starts come from the bundle's own `parseRoutine` and `buildSchedule`.
//
// In the page a MutationObserver on the timer's shadow root (text and child changes only,
// no attributes) reads the exercise name, phase label and rep text after each render and
// notes Date.now() when that triple changes (the element's clock is Date.now too), and the
// start of the next frame. Sound and voice stay off (the defaults); the wake lock is asked
// for as on a phone.
//
// Usage: node scripts/bench-exercise-timer.js [--minutes 5 | --seconds 40] [--idle 5]
//                                             [--bundle dist/cdn/knead-widgets.js] [--json]
//   --minutes/--seconds  how long to run; shorter than the routine (5 min) stops early, for a
//                        smoke run; the default runs the whole routine to its end.
//   --idle               seconds of the idle page (overview shown) measured before the start.
//   --reduced-motion     emulates prefers-reduced-motion: reduce (the ring then jumps instead
//                        of easing for 0.3 s each second), to see what that animation costs.
import { parseArgs } from 'node:util';
import { bundleCode, inlineJson, quantile, serve } from './bench-server.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../web-test-runner.browsers.js';

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string' },
    seconds: { type: 'string' },
    idle: { type: 'string', default: '5' },
    'reduced-motion': { type: 'boolean', default: false },
    bundle: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (options.minutes !== undefined && options.seconds !== undefined)
  throw new Error('Give --minutes or --seconds, not both.');
const ROUTINE_SECONDS = 300;
const RUN_SECONDS =
  options.seconds !== undefined
    ? Number(options.seconds)
    : options.minutes !== undefined
      ? Number(options.minutes) * 60
      : ROUTINE_SECONDS;
if (!Number.isFinite(RUN_SECONDS) || RUN_SECONDS < 5)
  throw new Error('--seconds wants a number ≥ 5 (--minutes ≥ 1/12).');
const IDLE_SECONDS = Number(options.idle);
if (!Number.isFinite(IDLE_SECONDS) || IDLE_SECONDS < 0) throw new Error('--idle wants ≥ 0.');
const WHOLE = RUN_SECONDS >= ROUTINE_SECONDS;
const COMMAND = ['node scripts/bench-exercise-timer.js', ...process.argv.slice(2)].join(' ');
const VIEWPORT = { width: 1200, height: 900 };

const log = (message) => options.json || console.error(message);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// ---- The routine: 300 s ------------------------------------------------------------------
// prepare 5 s before each exercise, 10 s rest after each but the last, 4 s to switch sides.
//   pelvic tilt    none          8 × (3 + hold 2)            5 + 40          + rest 10 =  55
//   side stretch   both          3 × (2 + hold 5) per side   5 + 21 + 4 + 21 + rest 10 =  61
//   clamshell      alternating   5 × (2 + hold 1) per side   5 + 30          + rest 10 =  45
//   bridge         none         10 × (3 + hold 3)            5 + 60   + its own rest 13 =  78
//   bird dog       alternating   4 × (2 + hold 5) per side   5 + 56                    =  61
//                                                                              total 300 s
// 95 phases with done, so 94 scheduled changes. The page checks the total with buildSchedule.
const ROUTINE = {
  id: 'bench-five-minutes',
  name: 'Five-minute benchmark routine',
  prepareSeconds: 5,
  restSeconds: 10,
  switchSeconds: 4,
  exercises: [
    {
      id: 'bench-pelvic-tilt',
      name: 'Pelvic tilt',
      steps: ['Lie on your back, knees bent.', 'Flatten your low back into the floor.'],
      breathing: 'Breathe out as you tilt.',
      reps: 8,
      repSeconds: 3,
      holdSeconds: 2,
      sides: 'none',
    },
    {
      id: 'bench-side-stretch',
      name: 'Side stretch',
      steps: ['Stand tall.', 'Reach one arm over your head and lean away from it.'],
      reps: 3,
      repSeconds: 2,
      holdSeconds: 5,
      sides: 'both',
    },
    {
      id: 'bench-clamshell',
      name: 'Clamshell',
      steps: ['Lie on your side, knees bent.', 'Open the top knee, feet together.'],
      reps: 5,
      repSeconds: 2,
      holdSeconds: 1,
      sides: 'alternating',
    },
    {
      id: 'bench-bridge',
      name: 'Bridge',
      steps: ['Lie on your back, knees bent.', 'Lift your hips in line with your knees.'],
      breathing: 'Breathe out as you lift.',
      reps: 10,
      repSeconds: 3,
      holdSeconds: 3,
      sides: 'none',
      restSeconds: 13,
    },
    {
      id: 'bench-bird-dog',
      name: 'Bird dog',
      steps: ['Start on all fours.', 'Reach one arm ahead and the other leg behind you.'],
      reps: 4,
      repSeconds: 2,
      holdSeconds: 5,
      sides: 'alternating',
    },
  ],
};

// ---- The bundle and the page -------------------------------------------------------------

// The in-page bookkeeping. Kept small: one observer callback per render that changes text
// (about two a second: the countdown and the time left), three textContent reads each, and
// one requestAnimationFrame per phase change.
const HARNESS = `
  import { buildSchedule, findExercise, parseRoutine } from '/knead-widgets.js';
  const routine = JSON.parse(document.querySelector('#routine').textContent);
  const parsed = parseRoutine(routine, findExercise);
  if (!parsed.ok) throw new Error('Routine refused: ' + JSON.stringify(parsed.problems));
  const schedule = buildSchedule(parsed.routine);
  const timer = document.querySelector('knead-exercise-timer');
  await customElements.whenDefined('knead-exercise-timer');
  await timer.updateComplete;
  const root = timer.shadowRoot;
  const text = (selector) => root.querySelector(selector)?.textContent.trim() ?? '';
  const keyOf = () =>
    root.querySelector('[part~="done"]')
      ? 'done'
      : text('[part~="exercise"]') + '|' + text('[part~="phase"]') + '|' + text('[part~="rep"]');

  const bench = (window.bench = {
    phases: schedule.phases.map((p) => ({
      startMs: p.startMs,
      kind: p.kind,
      rep: p.rep,
      side: p.side ?? null,
      // A rest shows the exercise coming up.
      exercise:
        p.kind === 'rest'
          ? 'Up next: ' + schedule.routine.exercises[p.exerciseIndex + 1]?.name
          : (schedule.routine.exercises[p.exerciseIndex]?.name ?? null),
    })),
    totalMs: schedule.totalMs,
    changes: [],
    observerCalls: 0,
    observerMs: 0,
    hidden: 0,
    visibility: document.visibilityState,
    completeAt: null,
    start() {
      // Start just after Date.now() ticks, so the element's start time is known to the ms.
      const tick = Date.now();
      while (Date.now() === tick);
      const before = Date.now();
      timer.start();
      const after = Date.now();
      this.startedAt = before;
      this.startUncertaintyMs = after - before;
    },
  });
  let last = keyOf();
  new MutationObserver(() => {
    const at = Date.now();
    const began = performance.now();
    const key = keyOf();
    if (key !== last) {
      last = key;
      const change = { key, at, frameAt: null };
      bench.changes.push(change);
      requestAnimationFrame(() => (change.frameAt = Date.now()));
    }
    bench.observerCalls++;
    bench.observerMs += performance.now() - began;
  }).observe(root, { subtree: true, childList: true, characterData: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') bench.hidden++;
  });
  timer.addEventListener('knead-exercise-complete', () => (bench.completeAt = Date.now()));
  window.ready = true;
`;

function timerPage() {
  // Module scripts run in order: the bundle has defined every element before the harness.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bench: knead-exercise-timer</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 1100px; margin: 0 auto; padding: 1em; }</style>
<script type="module" src="/knead-widgets.js"></script>
<script type="module">${HARNESS}</script>
</head>
<body><main>
<knead-exercise-timer><script type="application/json">${inlineJson(ROUTINE)}</script></knead-exercise-timer>
<script type="application/json" id="routine">${inlineJson(ROUTINE)}</script>
</main></body>
</html>`;
}

// What each phase is called on screen: the benchmark's own expectation, not the widget's.
const PHASE_LABELS = {
  prepare: 'Get ready',
  work: 'Move',
  hold: 'Hold',
  switch: 'Switch sides',
  rest: 'Rest',
};

// ---- Statistics --------------------------------------------------------------------------

const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const stats = (values) =>
  values.length
    ? {
        count: values.length,
        min: round(Math.min(...values)),
        median: round(quantile(values, 0.5)),
        p95: round(quantile(values, 0.95)),
        max: round(Math.max(...values)),
      }
    : { count: 0, min: NaN, median: NaN, p95: NaN, max: NaN };

// ---- Run ---------------------------------------------------------------------------------

const routes = new Map([
  ['/knead-widgets.js', ['text/javascript', await bundleCode(options.bundle, log)]],
  ['/timer.html', ['text/html', timerPage()]],
]);
const { server, origin } = await serve(routes);

const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const problems = [];
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type()))
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.setViewport(VIEWPORT);
  if (options['reduced-motion'])
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.bringToFront();
  await page.goto(`${origin}/timer.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.ready === true, { timeout: 10_000 });
  const { totalMs, phases, visibility } = await page.evaluate(() => ({
    totalMs: window.bench.totalMs,
    phases: window.bench.phases,
    visibility: window.bench.visibility,
  }));
  if (totalMs !== ROUTINE_SECONDS * 1000)
    throw new Error(`The routine lasts ${totalMs} ms, not ${ROUTINE_SECONDS * 1000} ms.`);
  if (visibility !== 'visible') throw new Error(`The page is ${visibility}, not visible.`);

  // Every Chromium process's CPU time, where the browser reports it.
  const browserSession = await browser.target().createCDPSession();
  async function processCpu() {
    try {
      const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
      const byType = {};
      for (const { type, cpuTime } of processInfo) byType[type] = (byType[type] ?? 0) + cpuTime;
      return byType;
    } catch {
      return undefined;
    }
  }
  const metrics = async () => ({ at: Date.now(), page: await page.metrics() });

  // The idle page first (overview shown, nothing scheduled), as a floor for the figures.
  await sleep(1000);
  const idleStart = await metrics();
  await sleep(IDLE_SECONDS * 1000);
  const idleEnd = await metrics();

  log(
    `Running the ${ROUTINE_SECONDS} s routine for ${WHOLE ? 'its whole length' : `${RUN_SECONDS} s`} in real time…`,
  );
  const cpuStart = await processCpu();
  const runStart = await metrics();
  await page.evaluate(() => window.bench.start());
  const startedAt = await page.evaluate(() => window.bench.startedAt);
  if (WHOLE) {
    // To the end: wait for the element's complete event, then a moment for the last frame.
    const deadline = Date.now() + (ROUTINE_SECONDS + 30) * 1000;
    let reportedAt = 0;
    while (!(await page.evaluate(() => window.bench.completeAt))) {
      if (Date.now() > deadline) throw new Error('The routine did not complete in time.');
      if (Date.now() - reportedAt >= 60_000) {
        if (reportedAt) log(`  ${Math.round((Date.now() - startedAt) / 1000)} s…`);
        reportedAt = Date.now();
      }
      await sleep(1000);
    }
    await sleep(500);
  } else {
    await sleep(RUN_SECONDS * 1000);
  }
  const runEnd = await metrics();
  const cpuEnd = await processCpu();
  const result = await page.evaluate(() => ({
    changes: window.bench.changes,
    observerCalls: window.bench.observerCalls,
    observerMs: window.bench.observerMs,
    hidden: window.bench.hidden,
    visibility: document.visibilityState,
    startUncertaintyMs: window.bench.startUncertaintyMs,
    completeAt: window.bench.completeAt,
  }));

  // ---- Phase changes: the k-th change shown is phase k of the schedule (k = 0 at start).
  const endedAt = runEnd.at;
  const due = phases.filter((phase) => startedAt + phase.startMs <= endedAt);
  const mismatches = [];
  const lateness = [];
  const frameLateness = [];
  result.changes.forEach((change, k) => {
    const phase = phases[k];
    if (!phase) return mismatches.push(`extra change #${k}: ${change.key}`);
    // Check the change shows that phase: the done screen, else its exercise, label and rep.
    const [exercise, label, rep] = change.key.split('|');
    const fits =
      phase.kind === 'done'
        ? change.key === 'done'
        : exercise === phase.exercise &&
          label === PHASE_LABELS[phase.kind] &&
          (phase.rep === 0 || rep.startsWith(`Rep ${phase.rep} of`)) &&
          (!phase.side || rep.includes(phase.side));
    if (!fits)
      mismatches.push(`change #${k} shows "${change.key}", expected ${JSON.stringify(phase)}`);
    if (k === 0) return; // the start itself: not a scheduled change
    const scheduled = startedAt + phase.startMs;
    lateness.push(change.at - scheduled);
    if (change.frameAt !== null) frameLateness.push(change.frameAt - scheduled);
  });
  // A phase due in the run's last moments may not be on screen yet; any other gap is a miss.
  const missed = due.length - result.changes.length;
  if (missed > 1 || (missed === 1 && endedAt - (startedAt + due.at(-1).startMs) > 1000))
    mismatches.push(`${missed} phase change(s) due but never shown`);

  // ---- CPU
  const minutes = (a, b) => (b.at - a.at) / 60_000;
  const perMinute = (a, b, name) => (1000 * (b.page[name] - a.page[name])) / minutes(a, b);
  const cpu = (a, b) => ({
    minutes: round(minutes(a, b), 3),
    taskMsPerMin: round(perMinute(a, b, 'TaskDuration')),
    scriptMsPerMin: round(perMinute(a, b, 'ScriptDuration')),
    layoutMsPerMin: round(perMinute(a, b, 'LayoutDuration')),
    styleMsPerMin: round(perMinute(a, b, 'RecalcStyleDuration')),
    // The rest of the main thread's tasks: paint, compositing, garbage collection, ...
    otherMsPerMin: round(
      perMinute(a, b, 'TaskDuration') -
        perMinute(a, b, 'ScriptDuration') -
        perMinute(a, b, 'LayoutDuration') -
        perMinute(a, b, 'RecalcStyleDuration'),
    ),
    layouts: b.page.LayoutCount - a.page.LayoutCount,
    styleRecalcs: b.page.RecalcStyleCount - a.page.RecalcStyleCount,
  });
  const running = cpu(runStart, runEnd);
  const idle = IDLE_SECONDS > 0 ? cpu(idleStart, idleEnd) : undefined;
  const processes =
    cpuStart && cpuEnd
      ? Object.fromEntries(
          Object.keys(cpuEnd).map((type) => [
            type,
            round((1000 * (cpuEnd[type] - (cpuStart[type] ?? 0))) / running.minutes),
          ]),
        )
      : undefined;
  const core = (msPerMin) => round((100 * msPerMin) / 60_000, 2);

  const report = {
    command: COMMAND,
    date: new Date().toISOString(),
    chromium: await browser.version(),
    reducedMotion: options['reduced-motion'],
    routine: {
      seconds: ROUTINE_SECONDS,
      exercises: ROUTINE.exercises.length,
      phases: phases.length,
    },
    ranSeconds: round((endedAt - startedAt) / 1000),
    completed: result.completeAt !== null,
    startUncertaintyMs: result.startUncertaintyMs,
    phaseChanges: {
      count: lateness.length,
      domLateMs: stats(lateness),
      nextFrameLateMs: stats(frameLateness),
      early: lateness.filter((ms) => ms < 0).length,
    },
    cpu: {
      running: { ...running, taskPercentOfCore: core(running.taskMsPerMin) },
      idle: idle && { ...idle, taskPercentOfCore: core(idle.taskMsPerMin) },
      processesMsPerMin: processes,
    },
    observer: { calls: result.observerCalls, totalMs: round(result.observerMs, 2) },
    visibility: { atEnd: result.visibility, hiddenTimes: result.hidden },
    problems: [...new Set([...problems, ...mismatches])],
  };

  if (report.problems.length) {
    console.error(`Problems:\n  ${report.problems.join('\n  ')}`);
    process.exitCode = 1;
  }
  if (result.visibility !== 'visible' || result.hidden > 0) {
    console.error('Warning: the page was hidden during the run; timers may have been throttled.');
    process.exitCode = 1;
  }
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const { domLateMs: dom, nextFrameLateMs: frame } = report.phaseChanges;
    const r = report.cpu.running;
    const lines = [
      `$ ${COMMAND}`,
      `${report.chromium}, ${report.date}.`,
      `Routine: ${ROUTINE_SECONDS} s${options['reduced-motion'] ? ' (prefers-reduced-motion: reduce)' : ''}, ${report.routine.exercises} exercises, ${report.routine.phases} phases (done included); ran ${report.ranSeconds} s${report.completed ? ', to the end' : ', stopped early'}.`,
      '',
      `phase changes: ${report.phaseChanges.count}; displayed vs scheduled: max ${dom.max} ms, median ${dom.median} ms (p95 ${dom.p95}, min ${dom.min}; ${report.phaseChanges.early} early)`,
      `  to the next frame after it: max ${frame.max} ms, median ${frame.median} ms (p95 ${frame.p95}, min ${frame.min})`,
      `  (start time known to ±${report.startUncertaintyMs} ms; times are Date.now(), whole ms)`,
      `CPU, renderer main thread: ${r.taskMsPerMin} ms/min (${r.taskPercentOfCore} % of a core), script ${r.scriptMsPerMin} ms/min, layout ${r.layoutMsPerMin} ms/min, style ${r.styleMsPerMin} ms/min, other (paint, compositing, GC…) ${r.otherMsPerMin} ms/min; ${r.layouts} layouts, ${r.styleRecalcs} style recalcs in ${r.minutes} min`,
    ];
    if (idle)
      lines.push(
        `  idle page before the start (${IDLE_SECONDS} s): ${idle.taskMsPerMin} ms/min, script ${idle.scriptMsPerMin} ms/min`,
      );
    if (processes)
      lines.push(
        `CPU, every Chromium process (ms/min): ${Object.entries(processes)
          .map(([type, ms]) => `${type} ${ms}`)
          .join(', ')}; total ${round(Object.values(processes).reduce((a, b) => a + b, 0))}`,
      );
    lines.push(
      `observer bookkeeping: ${report.observer.calls} callbacks, ${report.observer.totalMs} ms in all; page ${report.visibility.atEnd} throughout: ${report.visibility.hiddenTimes === 0 ? 'yes' : 'no'}`,
    );
    console.log(lines.join('\n'));
  }
} finally {
  await browser.close();
  server.close();
}
