import type { LinkFeature, PageFeatures } from '../features';

/**
 * The best-first frontier: a binary max-heap on priority, ties broken by discovery order (so equal
 * priorities crawl breadth-first). A URL is queued once; a better priority found later raises it.
 */

export interface FrontierEntry {
  url: string;
  depth: number;
  priority: number;
  /** The page the link was found on (for error reports). */
  from?: string;
  task: 'page' | 'document';
  /**
   * For scoring again later (issue #7: once an item is found, links that only name it are worth
   * less): the priority's inputs, the part of the priority the crawler added itself, and when the
   * priority was computed.
   */
  rescore?: { link: LinkFeature; from: PageFeatures; bonus: number; epoch: number };
}

interface Node extends FrontierEntry {
  seq: number;
  removed?: boolean;
}

export class Frontier {
  private heap: Node[] = [];
  private byUrl = new Map<string, Node>();
  private seq = 0;
  private live = 0;

  get size(): number {
    return this.live;
  }

  has(url: string): boolean {
    return this.byUrl.has(url);
  }

  /** Queue a URL, or raise its priority if it is already waiting. Returns false if it was seen before. */
  push(entry: FrontierEntry): boolean {
    const existing = this.byUrl.get(entry.url);
    if (existing) {
      if (!existing.removed && entry.priority > existing.priority) {
        // Lazy update: retire the old node, insert a better one.
        existing.removed = true;
        const node: Node = { ...entry, depth: Math.min(entry.depth, existing.depth), seq: existing.seq };
        this.byUrl.set(entry.url, node);
        this.insert(node);
      }
      return false;
    }
    const node: Node = { ...entry, seq: this.seq++ };
    this.byUrl.set(entry.url, node);
    this.insert(node);
    this.live++;
    return true;
  }

  pop(): FrontierEntry | undefined {
    while (this.heap.length) {
      const top = this.heap[0];
      const last = this.heap.pop()!;
      if (this.heap.length) {
        this.heap[0] = last;
        this.down(0);
      }
      if (top.removed) continue;
      top.removed = true;
      this.live--;
      return top;
    }
    return undefined;
  }

  /**
   * The best entry, with stale priorities refreshed on the way (lazy re-scoring): an entry scored
   * before `epoch` is scored again when it comes up; if it fell below the next one it goes back in
   * the queue (keeping its discovery order) and the next one is considered. Priorities only fall as
   * items are found, so the entry returned is the best by its current score.
   */
  popFresh(epoch: number, score: (e: FrontierEntry) => number): FrontierEntry | undefined {
    for (;;) {
      const top = this.pop();
      if (!top || !top.rescore || top.rescore.epoch >= epoch) return top;
      const priority = score(top) + top.rescore.bonus;
      top.rescore.epoch = epoch;
      const next = this.peekPriority();
      if (priority >= top.priority || next === undefined || priority >= next) {
        top.priority = priority;
        return top;
      }
      const node: Node = { ...(top as Node), priority, removed: false };
      this.byUrl.set(node.url, node);
      this.insert(node);
      this.live++;
    }
  }

  private peekPriority(): number | undefined {
    while (this.heap.length && this.heap[0].removed) {
      const last = this.heap.pop()!;
      if (this.heap.length) {
        this.heap[0] = last;
        this.down(0);
      }
    }
    return this.heap[0]?.priority;
  }

  private better(a: Node, b: Node): boolean {
    return a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);
  }

  private insert(node: Node) {
    this.heap.push(node);
    let i = this.heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.better(this.heap[i], this.heap[p])) break;
      [this.heap[i], this.heap[p]] = [this.heap[p], this.heap[i]];
      i = p;
    }
  }

  private down(i: number) {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.better(this.heap[l], this.heap[m])) m = l;
      if (r < n && this.better(this.heap[r], this.heap[m])) m = r;
      if (m === i) return;
      [this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]];
      i = m;
    }
  }
}
