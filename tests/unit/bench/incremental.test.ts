/**
 * The shortcuts that make the crawl fast (issue #7 §3) must not change its answers: the incremental
 * early-stop check agrees with a full engine run page after page, and the frontier's lazy re-scoring
 * returns the best entry by its current score, in discovery order among equals.
 */
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../../bench/generate';
import { siteFeaturesOf } from '../../../bench/targets';
import { Frontier } from '../../../checks/crawl/frontier';
import { evaluateItems } from '../../../checks/engine';
import type { LinkFeature, PageFeatures, SiteFeatures } from '../../../checks/features';
import { IncrementalEvaluator } from '../../../checks/incremental';
import { DEFAULT_RULESET_ID, getRuleSet } from '../../../checks/rulesets';
import { evaluateSurvey } from '../../../checks/survey';

const ruleset = getRuleSet(DEFAULT_RULESET_ID)!;

describe('IncrementalEvaluator', () => {
  it('agrees with a full evaluateItems as pages arrive one by one (between its own full runs too)', () => {
    const site = generateSite({ pages: 200, ruleset });
    const origin = 'http://127.0.0.1:1';
    // Evidence pages late and in a shuffled order, so items change status in mid-crawl.
    const order = [...site.pagePaths.filter((p) => !site.minimal.includes(p)).slice(0, 60), ...site.minimal.slice().reverse()];
    const all = siteFeaturesOf(site, origin, order);
    const growing: SiteFeatures = { ...all, pages: new Map() };
    const inc = new IncrementalEvaluator(ruleset);
    let compared = 0;
    let changes = 0;
    let last = '';
    for (const [url, page] of all.pages) {
      growing.pages.set(url, page);
      const fast = inc.evaluate(growing, page);
      const full = evaluateItems(growing, ruleset);
      expect(fast.items.map((i) => `${i.id}:${i.status}`)).toEqual(full.map((i) => `${i.id}:${i.status}`));
      expect(fast.survey.eit.status).toBe(evaluateSurvey(growing).eit.status);
      const now = full.map((i) => i.status).join();
      if (now !== last) changes++;
      last = now;
      compared++;
    }
    expect(compared).toBe(order.length);
    expect(changes).toBeGreaterThan(5);
    // Most checks re-judged a few items, not all of them.
    expect(inc.stats.itemsJudged).toBeLessThan(compared * ruleset.items.length * 0.5);
    expect(inc.stats.fullRuns).toBeLessThan(10);
  });

  it('closes a concept only when every item that needs it passes', () => {
    const inc = new IncrementalEvaluator(ruleset);
    const as = (f: (k: number) => string) => ruleset.items.map((i, k) => ({ id: i.code, status: f(k) })) as ReturnType<typeof evaluateItems>;
    expect(inc.closedConcepts(as(() => 'fail')).size).toBe(0);
    const allPass = inc.closedConcepts(as(() => 'pass'));
    for (const i of ruleset.items) expect(allPass.has(i.concept)).toBe(true);
    const oneOpen = inc.closedConcepts(as((k) => (k === 0 ? 'partial' : 'pass')));
    expect(oneOpen.has(ruleset.items[0].concept)).toBe(false);
    expect(oneOpen.size).toBeGreaterThan(0);
    expect(oneOpen.size).toBeLessThan(allPass.size);
  });
});

describe('Frontier.popFresh', () => {
  const link = (url: string): LinkFeature => ({ url, kind: 'page', via: 'a', internal: true, text: url, label: url, hasImage: false, inNav: false, heading: '', context: '' });
  const from = {} as PageFeatures;

  it('scores stale entries again when they come up, re-queues those that fell, keeps discovery order among equals', () => {
    const f = new Frontier();
    const scores: Record<string, number> = { a: 20, b: 20, c: 10, d: 10 };
    for (const u of ['a', 'b', 'c', 'd']) f.push({ url: u, depth: 1, priority: scores[u], task: 'page', rescore: { link: link(u), from, bonus: 0, epoch: 0 } });
    // Item of "a" and "b" found: their links are worth 1 now.
    scores.a = 1;
    scores.b = 1;
    const score = (e: { url: string }) => scores[e.url];
    const order: string[] = [];
    for (let e = f.popFresh(1, score); e; e = f.popFresh(1, score)) order.push(`${e.url}:${e.priority}`);
    expect(order).toEqual(['c:10', 'd:10', 'a:1', 'b:1']);
    expect(f.size).toBe(0);
  });

  it('returns an entry at once when its score did not fall, and never scores one twice in an epoch', () => {
    const f = new Frontier();
    let calls = 0;
    for (const u of ['a', 'b']) f.push({ url: u, depth: 1, priority: 5, task: 'page', rescore: { link: link(u), from, bonus: 2, epoch: 0 } });
    const e = f.popFresh(3, () => {
      calls++;
      return 3;
    });
    expect(e?.url).toBe('a');
    expect(e?.priority).toBe(5);
    expect(calls).toBe(1);
    expect(f.popFresh(3, () => 99)?.url).toBe('b');
    expect(f.popFresh(3, () => 0)).toBeUndefined();
  });
});
