/**
 * Seeded randomness for the bench: every page, size, title and latency jitter comes from a seed, so
 * two runs of the bench see byte-identical sites (issue #7 §1: "deterministic (seeded)").
 */

/** FNV-1a, 32 bits: a stable hash of a string (page ids, ETags, per-path jitter). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough to shuffle menus and pick titles. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  /** [0, 1) */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
  /** A child generator: the same (seed, key) always gives the same stream, whatever was drawn before. */
  fork(key: string): Rng {
    return new Rng(hash32(`${this.s}:${key}`));
  }
}

export const rngFor = (seed: number, key: string) => new Rng(hash32(`${seed}:${key}`));
