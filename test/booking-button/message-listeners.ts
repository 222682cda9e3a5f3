/** Watches the `message` listeners code adds to the window and removes from it. */
export interface MessageListenerWatch {
  /** The listeners added and not removed since the watch began. */
  readonly live: ReadonlySet<unknown>;
  /** How many were added since the watch began. */
  readonly added: number;
  /** Ends the watch: the window's own methods are back. */
  stop(): void;
}

/** Starts watching the window's `message` listeners; call `stop()` when done. */
export function watchMessageListeners(): MessageListenerWatch {
  const live = new Set<unknown>();
  const { addEventListener: add, removeEventListener: remove } = window;
  const watch = {
    live,
    added: 0,
    stop: () => {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
  window.addEventListener = function (
    this: Window,
    ...args: Parameters<Window['addEventListener']>
  ) {
    if (args[0] === 'message') {
      watch.added++;
      live.add(args[1]);
    }
    return add.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (
    this: Window,
    ...args: Parameters<Window['removeEventListener']>
  ) {
    if (args[0] === 'message') live.delete(args[1]);
    return remove.apply(this, args);
  } as Window['removeEventListener'];
  return watch;
}
