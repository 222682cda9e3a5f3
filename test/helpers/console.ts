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
