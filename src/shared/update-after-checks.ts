/** What an element may be waiting for: none, one check, or several (a validator, a table). */
export type ChecksInProgress = Promise<void> | undefined | readonly (Promise<void> | undefined)[];

/**
 * `updateComplete` for an element that checks some input asynchronously (a validator or a
 * table it loads only when needed): waits for the checks in progress, and any that start
 * meanwhile, then for the update each one asked for. So `await el.updateComplete` shows the
 * checked input, as tests and pages expect. A check is awaited once, however often it is
 * reported.
 */
export async function updateAfterChecks(
  inProgress: () => ChecksInProgress,
  updateComplete: () => Promise<boolean>,
): Promise<boolean> {
  let complete = await updateComplete();
  const awaited = new Set<Promise<void>>();
  const next = () => [inProgress()].flat().find((check) => check && !awaited.has(check));
  for (let check = next(); check; check = next()) {
    awaited.add(check);
    await check;
    complete = await updateComplete();
  }
  return complete;
}
