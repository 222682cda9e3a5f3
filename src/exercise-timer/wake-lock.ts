/**
 * Keeps the screen on while the timer runs (Screen Wake Lock), so a visitor on the floor
 * need not touch the phone. The browser drops the lock whenever the page is hidden
 * (https://developer.mozilla.org/en-US/docs/Web/API/Screen_Wake_Lock_API); the timer asks
 * again when it is visible. Where the API is missing or says no, nothing happens.
 */
export interface ScreenLock {
  /** Asks for the lock, unless it is held already. */
  request(): void;
  release(): void;
}

export function screenWakeLock(
  wakeLock: WakeLock | undefined = globalThis.navigator?.wakeLock,
): ScreenLock {
  let sentinel: WakeLockSentinel | undefined;
  let wanted = false;
  let pending = false;
  return {
    request() {
      wanted = true;
      if (!wakeLock || pending || (sentinel && !sentinel.released)) return;
      pending = true;
      wakeLock.request('screen').then(
        (granted) => {
          pending = false;
          // Released while the request was pending: give it straight back. Caught as in
          // release() below, so a refusing release is no unhandled rejection.
          if (wanted) sentinel = granted;
          else void granted.release().catch(() => undefined);
        },
        () => {
          pending = false;
        },
      );
    },
    release() {
      wanted = false;
      void sentinel?.release().catch(() => undefined);
      sentinel = undefined;
    },
  };
}
