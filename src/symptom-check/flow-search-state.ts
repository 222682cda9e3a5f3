/**
 * The reachability search's states: the residual formula of every slot, kept in chunks that
 * states share until one changes (copy on write), with two running hashes. Pure.
 */

/**
 * A search state: where it is, and the residual of every slot, in chunks of CHUNK slots
 * that states share until one of them changes a slot (copy on write), with a hash of the
 * residuals kept up to date.
 */
export interface State {
  /** The item to decide next. */
  readonly at: number;
  /** Inside a multi-choice question (non-exclusive options): the next code to decide. */
  readonly code: number;
  /** Inside a multi-choice question: whether some option is surely chosen. */
  readonly chosen: boolean;
  readonly chunks: number[][];
  /** The chunks this state has copied and may still change (only while it is built). */
  readonly own: number[];
  /** Two independent 32-bit hashes: XOR over slots that differ from the start of mix(). */
  readonly hash: [number, number];
}

/** Slots per chunk: a power of two, so a slot's chunk is a shift away. */
export const CHUNK_BITS = 5;
export const CHUNK = 1 << CHUNK_BITS;

/** A 32-bit mix of a slot and its formula (murmur3's finaliser over a seeded pair). */
export function mix(slot: number, formula: number, seed: number): number {
  let h = Math.imul(slot + 1, 0x9e3779b1) ^ Math.imul(formula + seed, 0x85ebca77);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}
export const SEEDS = [1, 0x51ed27] as const;

/** The first index of a sorted list whose entry is at least `value`. */
export function find1(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
