/**
 * Importing a hostile file (issue #6 §4): a report (utils/history.ts `importReport`, validated by
 * checks/report/import.ts) or a rule set (checks/rulesets/load.ts `parseRuleSet`) that is malformed
 * or malicious (wrong types, huge arrays, prototype keys, an unknown format version) is rejected
 * with a message naming the problem, nothing is stored, and no prototype is polluted.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REPORT_SCHEMA } from '@/checks/report/schema';
import { RULESETS } from '@/checks/rulesets';
import { parseRuleSet, RuleSetError } from '@/checks/rulesets/load';
import { importReport } from '@/utils/history';
import { hostileReport } from './hostile-report';

const stored = async () => Object.keys((await fakeBrowser.storage.local.get(null)) as Record<string, unknown>);
const valid = () => JSON.parse(JSON.stringify(hostileReport()));
const polluted = () => ({}) as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('importing a report', () => {
  const cases: [name: string, input: () => unknown, expected: RegExp][] = [
    ['not JSON', () => '{"schema": "oit-audit-report/1", ', /JSON/],
    ['empty', () => '   ', /ว่าง|empty/i],
    ['an array', () => '[1,2,3]', /ออบเจกต์|object/i],
    ['no schema field', () => JSON.stringify({ ...valid(), schema: undefined }), /schema/],
    ['an unknown version', () => JSON.stringify({ ...valid(), schema: 'oit-audit-report/99' }), /oit-audit-report\/99/],
    ['a wrong type', () => JSON.stringify({ ...valid(), crawl: { ...valid().crawl, pagesFetched: 'many' } }), /crawl\.pagesFetched/],
    ['a negative count', () => JSON.stringify({ ...valid(), summary: { ...valid().summary, pass: -1 } }), /summary\.pass/],
    ['a huge item list', () => JSON.stringify({ ...valid(), items: Array.from({ length: 300 }, (_, i) => ({ id: `O${i}`, section: '9.1', title: 'x', status: 'fail', evidence: [], missing: [], notes: [] })) }), /items.*200/],
    ['a huge evidence list', () => JSON.stringify({ ...valid(), items: [{ ...valid().items[0], evidence: Array(10_000).fill(valid().items[0].evidence[1]) }] }), /evidence/],
    ['a 6 MB file', () => JSON.stringify({ ...valid(), padding: 'x'.repeat(6 * 1024 * 1024) }), /MB/],
    ['a 100 kB title', () => JSON.stringify({ ...valid(), site: { ...valid().site, title: 'ก'.repeat(100_000) } }), /site\.title/],
    ['duplicate items', () => JSON.stringify({ ...valid(), items: [valid().items[0], valid().items[0]] }), /O1/],
  ];

  it.each(cases)('rejects %s, names the problem, stores nothing', async (_name, input, expected) => {
    const result = await importReport(input());

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(`${result.error.th} ${result.error.en}`).toMatch(expected);
    expect(result.error.th.length).toBeGreaterThan(5);
    expect(await stored()).toEqual([]);
  });

  it('drops __proto__ / constructor keys: nothing reaches a prototype', async () => {
    const text = JSON.stringify(valid())
      .replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"skipped":{', '"skipped":{"__proto__":{"polluted":"yes"},');

    const result = await importReport(text);

    expect(polluted().polluted).toBeUndefined();
    if (result.ok) {
      const keys = await stored();
      const all = JSON.stringify(await fakeBrowser.storage.local.get(keys));
      expect(all).not.toContain('polluted');
    }
  });

  it('keeps hostile text as text: a valid report with markup in it is stored unchanged (rendering is tested apart)', async () => {
    const result = await importReport(JSON.stringify(valid()));

    expect(result.ok).toBe(true);
    expect((await stored()).length).toBeGreaterThan(0);
    expect(REPORT_SCHEMA).toBe('oit-audit-report/1');
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RuleSetJson = Record<string, any>;

describe('importing a rule set', () => {
  const base = (): RuleSetJson => JSON.parse(JSON.stringify(RULESETS[0]));
  const reject = (input: unknown): string => {
    try {
      parseRuleSet(input);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleSetError);
      return (e as Error).message.split('\n')[0];
    }
    throw new Error('accepted');
  };

  it('accepts every bundled rule set, as JSON, with or without the format field', () => {
    for (const r of RULESETS) {
      expect(parseRuleSet(JSON.parse(JSON.stringify(r))).items.length).toBe(r.items.length);
      expect(parseRuleSet({ schema: 'oit-ruleset/1', ...JSON.parse(JSON.stringify(r)) }).id).toBe(r.id);
    }
  });

  const ruleCases: [name: string, input: () => unknown, expected: RegExp][] = [
    ['a wrong type', () => ({ ...base(), fiscalYear: '2566' }), /fiscalYear/],
    ['items that are not a list', () => ({ ...base(), items: 'O1' }), /items/],
    ['an unknown concept', () => ({ ...base(), items: [{ ...base().items[0], concept: 'free-lunch' }] }), /items\.0\.concept.*free-lunch/],
    ['an unknown detector', () => ({ ...base(), items: [{ ...base().items[0], components: [{ id: 'x', detector: 'rm-rf' }] }] }), /rm-rf/],
    ['100,000 items', () => ({ ...base(), items: Array(100_000).fill(base().items[0]) }), /items: too many items: 100000/],
    ['a huge array in params', () => ({ ...base(), items: [{ ...base().items[0], components: [{ id: 'x', detector: 'document', params: { terms: Array(1_000_000).fill('x') } }] }] }), /items\.0\.components\.0\.params\.terms: list too long/],
    ['a 1 MB string', () => ({ ...base(), source: 'x'.repeat(1_000_000) }), /source: text too long/],
    ['a __proto__ key', () => JSON.parse(JSON.stringify(base()).replace('{', '{"__proto__":{"polluted":"yes"},')), /__proto__/],
    ['a __proto__ key in weights', () => ({ ...base(), weights: JSON.parse('{"__proto__":{"polluted":1},"O1":1}') }), /weights\.__proto__/],
    ['a constructor key', () => ({ ...base(), items: [{ ...base().items[0], components: [{ id: 'x', detector: 'document', params: JSON.parse('{"constructor":{"prototype":{"polluted":1}}}') }] }] }), /constructor/],
    ['an unknown format version', () => ({ ...base(), schema: 'oit-ruleset/2' }), /schema: unknown rule set format "oit-ruleset\/2"/],
    ['null', () => null, /\(root\)/],
  ];

  it.each(ruleCases)('rejects %s with a message naming the place', (_name, input, expected) => {
    expect(reject(input())).toMatch(expected);
    expect(polluted().polluted).toBeUndefined();
  });
});
