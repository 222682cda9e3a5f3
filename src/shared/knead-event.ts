/**
 * The base of every event the widgets fire (each widget's events are in its own folder):
 * a typed `detail`, bubbling and composed so a page can listen on `document` (for
 * analytics, say). Each subclass names its type in a static getter, not a static field:
 * bundlers keep a class with a field initializer even when nothing uses it. Each event is
 * listed in `GlobalEventHandlersEventMap`, so `addEventListener` is typed.
 */
export abstract class KneadEvent<Detail> extends Event {
  constructor(
    type: string,
    readonly detail: Detail,
    cancelable = false,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}
