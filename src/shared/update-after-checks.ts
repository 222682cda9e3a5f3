/**
 * `updateComplete` for an element that checks some input asynchronously (a validator it
 * loads only when needed): waits for the check in progress, and any check that starts
 * meanwhile, then for the update each one asked for. So `await el.updateComplete` shows the
 * checked input, as tests and pages expect.
 */
export async function updateAfterChecks(
  inProgress: () => Promise<void> | undefined,
  updateComplete: () => Promise<boolean>,
): Promise<boolean> {
  let complete = await updateComplete();
  let awaited: Promise<void> | undefined;
  for (let check = inProgress(); check && check !== awaited; check = inProgress()) {
    awaited = check;
    await check;
    complete = await updateComplete();
  }
  return complete;
}
