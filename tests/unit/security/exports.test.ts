/**
 * Exports of a hostile report (issue #6 §4): spreadsheets never see a formula (CSV, ITAS, XLSX:
 * `= + - @`, tab and CR prefixes, OWASP "CSV injection"), Markdown and HTML never carry live markup
 * or a non-http(s) link, and the terminal never receives a control sequence from a site.
 */
import { parse } from 'csv-parse/sync';
import { load } from 'cheerio/slim';
import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/universal';
import { afterEach, describe, expect, it } from 'vitest';
import { exportReport } from '@/checks/report/exports';
import { formatHtml, formatMarkdown, safeCell, toCsv } from '@/checks/report/format';
import { ReportSchema } from '@/checks/report/schema';
import { main } from '@/cli/main';
import { page, serveMiniSite, type MiniSite } from '../../support/mini-site';
import { BAD_URLS, FORMULAS, IMG, SCRIPT, TERMINAL, hostileReport } from './hostile-report';

/** What a spreadsheet would execute: a cell starting with = + - @ or a tab / CR before one. */
const isFormula = (cell: unknown) => typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell);

describe('spreadsheet exports neutralise formula injection', () => {
  const report = hostileReport();

  it('the hostile report is a valid report (what a site can really produce)', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
  });

  it.each(['csv', 'itas'] as const)('%s: no cell starts a formula, and the text is kept', async (kind) => {
    const file = await exportReport(report, kind);

    const rows = parse(file.data as string, { bom: true }) as string[][];
    const cells = rows.flat();
    expect(cells.filter(isFormula)).toEqual([]);
    expect(cells.some((c) => c.includes('=HYPERLINK('))).toBe(true);
  });

  it('xlsx: no cell of any sheet starts a formula, and none is stored as one', async () => {
    const file = await exportReport(report, 'xlsx');
    const bytes = file.data as Uint8Array<ArrayBuffer>;

    const sheets = await readXlsxFile(new Blob([bytes]));
    const cells = sheets.flatMap((s: { data: unknown[][] }) => s.data.flat());
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter(isFormula)).toEqual([]);
    // No <f> (formula) element anywhere in the workbook XML.
    expect(new TextDecoder('latin1').decode(bytes)).not.toMatch(/<f[ >]/);
  });

  it('safeCell + toCsv: any string, once parsed back, never starts a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...FORMULAS), fc.stringMatching(/^[=+\-@\t\r ].{0,20}$/))), (values) => {
        const [row] = parse(toCsv([values]), { bom: true, relax_column_count: true }) as string[][];
        return values.length === 0 || row.every((c) => !isFormula(c));
      }),
      { numRuns: 300 },
    );
    for (const f of FORMULAS) expect(safeCell(f).startsWith("'")).toBe(true);
  });
});

describe('text exports carry no live markup and no non-http(s) link', () => {
  const report = hostileReport();

  it('Markdown: markup escaped, only http(s) links', () => {
    const md = formatMarkdown(report);

    // Backslash-escaped `\<script\>` is text in Markdown; an unescaped one would be raw HTML.
    expect(md).not.toMatch(/(?<!\\)<(script|img)/i);
    const targets = [...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets.filter((t) => !/^https?:\/\//.test(t))).toEqual([]);
    for (const url of BAD_URLS.filter((u) => !u.startsWith('//'))) expect(md).not.toContain(`<${url}>`);
  });

  it('HTML (--format html): site text escaped, no handler, only http(s) links, a CSP that forbids scripts', () => {
    const html = formatHtml(report);
    const $ = load(html);

    expect($('script, img, iframe, object, embed').length).toBe(0);
    const handlers = $('*').toArray().flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => /^on/i.test(a)));
    expect(handlers).toEqual([]);
    expect($('a').toArray().map((a) => $(a).attr('href')).filter((h) => !/^https?:\/\//.test(h ?? ''))).toEqual([]);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/default-src 'none'/);
    expect($.root().text()).toContain(SCRIPT);
  });

  it('JSON: the export re-imports as the same report', async () => {
    const file = await exportReport(report, 'json');

    expect(ReportSchema.parse(JSON.parse(file.data as string))).toEqual(ReportSchema.parse(report));
  });
});

describe('the terminal never receives a control sequence from a site', () => {
  let site: MiniSite | undefined;
  afterEach(async () => {
    await site?.close();
    site = undefined;
  });

  it.each(['text', 'md', 'csv', 'html'])('npm run audit --format %s', async (format) => {
    site = await serveMiniSite({ '/': page(`อบต.ทดสอบ ${TERMINAL} ${IMG}`, `<h1>${TERMINAL}</h1><a href="/x">${TERMINAL}โครงสร้าง</a>`), '/x': page('x', `<p>${TERMINAL}</p>`) });
    let out = '';

    const code = await main([site.url + '/', '--format', format, '--time-limit-ms', '5000'], { stdout: (s) => (out += s), stderr: () => {}, isTTY: false });

    expect(code).toBe(0);
    expect(out).toContain(format === 'csv' ? 'O1,' : 'อบต.ทดสอบ');
    // eslint-disable-next-line no-control-regex
    expect(out.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g) ?? []).toEqual([]);
  });
});
