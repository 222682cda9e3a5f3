/** Records what code logs through console[level] while `run` runs, and silences it. */
export async function captureConsole(
  level: 'error' | 'warn',
  run: () => unknown,
): Promise<string[]> {
  const messages: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console[level] = original;
  }
  return messages;
}

/** Records (and silences) both console errors and warnings while `run` runs. */
export async function captureReports(
  run: () => unknown,
): Promise<{ errors: string[]; warnings: string[] }> {
  let errors: string[] = [];
  const warnings = await captureConsole('warn', async () => {
    errors = await captureConsole('error', run);
  });
  return { errors, warnings };
}

/** Runs `run`, returning what it made and every console error logged meanwhile. */
export async function withErrors<T>(run: () => Promise<T>): Promise<{ el: T; errors: string[] }> {
  let el!: T;
  const errors = await captureConsole('error', async () => {
    el = await run();
  });
  return { el, errors };
}
