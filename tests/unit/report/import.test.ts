import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, parseReportJson, validateReport } from '@/checks/report/import';
import { makeItem, makeReport } from './sample-report';

const text = (v: unknown) => JSON.stringify(v);

describe('parseReportJson', () => {
  it('accepts a report, with or without a BOM', () => {
    const expected = makeReport();

    const actual = parseReportJson('\ufeff' + text(expected));

    expect(actual.ok && actual.report).toEqual(expected);
  });

  const malformed: [string, string, string][] = [
    ['empty', '   ', 'empty'],
    ['not JSON', '{"schema": "oit-audit-report/1",', 'not-json'],
    ['an array', '[1,2]', 'not-object'],
    ['a string', '"hello"', 'not-object'],
    ['not a report', '{"hello": 1}', 'not-a-report'],
    ['an unknown schema version', text({ ...makeReport(), schema: 'oit-audit-report/2' }), 'unknown-version'],
    ['a wrong type', text({ ...makeReport(), summary: { ...makeReport().summary, score: 'high' } }), 'invalid'],
    ['an unknown status', text(makeReport([{ ...makeItem('O1', 'pass'), status: 'excellent' as never }])), 'invalid'],
    ['a duplicate item', text(makeReport([makeItem('O1', 'pass'), makeItem('O1', 'fail')])), 'duplicate-item'],
  ];
  it.each(malformed)('rejects %s with a named reason', (_name, input, expected) => {
    const actual = parseReportJson(input);

    expect(actual.ok).toBe(false);
    if (actual.ok) return;
    expect(actual.error.code).toBe(expected);
    expect(actual.error.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(actual.error.en).toMatch(/[a-z]/);
  });

  it('names the version it does not know', () => {
    const actual = parseReportJson(text({ ...makeReport(), schema: 'oit-audit-report/9' }));

    expect(!actual.ok && actual.error.en).toContain('oit-audit-report/9');
  });

  it('names the path of a wrong value', () => {
    const actual = parseReportJson(text(makeReport([makeItem('O1', 'pass'), { ...makeItem('O2', 'pass'), evidence: 'x' as never }])));

    expect(!actual.ok && actual.error.en).toContain('items[1].evidence');
  });

  it('rejects a text over the size cap before parsing it', () => {
    const input = `{"schema":"oit-audit-report/1","pad":"${'x'.repeat(MAX_IMPORT_CHARS)}"}`;

    const actual = parseReportJson(input);

    expect(!actual.ok && actual.error.code).toBe('too-large');
  });

  it('rejects huge arrays under the size cap', () => {
    const items = Array.from({ length: 500 }, (_, i) => makeItem(`O${i + 1}`, 'fail'));

    const actual = parseReportJson(text(makeReport(items)));

    expect(!actual.ok && actual.error.en).toMatch(/Too large at items/);
  });

  it('drops __proto__, constructor and prototype keys and never pollutes Object.prototype', () => {
    const report = makeReport();
    const json = text(report).replace('{"schema"', '{"__proto__":{"isPolluted":true},"constructor":{"prototype":{"isPolluted":true}},"schema"')
      .replace('"id":"O1"', '"__proto__":{"isAdmin":true},"id":"O1"');

    const actual = parseReportJson(json);

    expect(actual.ok).toBe(true);
    // The reviver runs inner keys first: "prototype" inside "constructor" counts too.
    expect(actual.ok && actual.droppedKeys).toBe(4);
    expect(({} as Record<string, unknown>).isPolluted).toBeUndefined();
    expect(actual.ok && Object.getPrototypeOf(actual.report.items[0])).toBe(Object.prototype);
    expect(actual.ok && (actual.report.items[0] as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('survives deeply nested input', () => {
    const input = '{"schema":"oit-audit-report/1","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';

    const actual = parseReportJson(input);

    expect(actual.ok).toBe(false);
  });
});

describe('validateReport', () => {
  it('drops unknown keys of an already-parsed value', () => {
    const input = { ...makeReport(), extra: 'kept out' };

    const actual = validateReport(input);

    expect(actual.ok && 'extra' in actual.report).toBe(false);
  });
});
