/**
 * The command line as a person (or a committee's script) uses it: `npm run --silent audit -- <url>`
 * against sites served on 127.0.0.1 (shared/contracts/report.md).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { serveSite } from '../../cli/serve-site';
import { ReportSchema, type Report } from '../../checks/report/schema';
import { getRuleSet } from '../../checks/rulesets';
import { page, serveMiniSite, type MiniSite } from '../support/mini-site';

const SAMPLE = new URL('../fixtures/sites/sample/', import.meta.url).pathname;

async function runCli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe('audit of the sample agency site', () => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let report: Report;
  const labels = JSON.parse(readFileSync(`${SAMPLE}labels.json`, 'utf8'));

  beforeAll(async () => {
    server = await serveSite(SAMPLE);
    const r = await runCli([`${server.url}/`, '--ruleset', 'ita-2566', '--format', 'json']);
    expect(r.code).toBe(0);
    report = JSON.parse(r.stdout);
  });
  afterAll(() => server.close());

  it('prints one valid report that lists every item of the rule set, in order', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(report.items.map((i) => i.id)).toEqual(getRuleSet('ita-2566')!.items.map((i) => i.code));
    expect(report.site.origin).toBe(server.url);
    for (const i of report.items) for (const e of i.evidence) expect(e.url).toMatch(/^(https?|mailto|tel):/);
  });

  it.each(['O1', 'O2', 'O11', 'O27', 'O28'])('judges %s as the labels say, with a labelled evidence URL', (code) => {
    const expected = labels.items[code];
    const got = report.items.find((i) => i.id === code)!;
    expect(got.status, `${code}: ${got.missing.join('; ')}`).toBe(expected.status);
    if (expected.status === 'pass' || expected.status === 'partial') {
      const paths = expected.evidence.map((p: string) => new URL(p, server.url).href);
      expect(paths).toContain(got.evidence[0].url);
    }
  });

  it('finds both survey links and ignores the decoys and the commented-out link', () => {
    expect(report.survey.eit).toMatchObject({ status: labels.survey.eit, via: 'link' });
    expect(report.survey.iit).toMatchObject({ status: labels.survey.iit });
    expect(report.survey.eit.url).toMatch(/^https:\/\/itas\.nacc\.go\.th\/go\/eit\/[a-z0-9]{6}$/);
    expect(JSON.stringify(report)).not.toContain('old123');
  });

  it('reports the broken link in crawl.errors and still completes', () => {
    expect(report.crawl.errors.some((e) => /404/.test(e.reason))).toBe(true);
    expect(['exhausted', 'all-found']).toContain(report.crawl.stoppedBy);
  });

  it('prints the Thai checklist grouped by section in text format', async () => {
    const r = await runCli([`${server.url}/`, '--ruleset', 'ita-2566']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)');
    expect(r.stdout).toMatch(/9\.1 ข้อมูลพื้นฐาน/);
    expect(r.stdout).toMatch(/O1 +โครงสร้าง/);
    expect(r.stdout).toContain('หลักฐาน');
  });

  it.each([
    ['md', (s: string) => expect(s).toMatch(/^# ผลการตรวจ OIT/)],
    ['csv', (s: string) => expect(s.startsWith('\ufeffรหัส,')).toBe(true)],
    ['html', (s: string) => expect(s).toMatch(/^<!doctype html>/)],
  ])('prints %s', async (format, check) => {
    const r = await runCli([`${server.url}/`, '--ruleset', 'ita-2566', '--format', format]);
    expect(r.code).toBe(0);
    check(r.stdout);
  });
});

describe('hard sites', () => {
  let site: MiniSite;
  afterAll(() => site?.close());

  it('audits a windows-874 site whose menu opens only through javascript: popups', async () => {
    const enc = (s: string) =>
      Uint8Array.from([...s].map((ch) => {
        const c = ch.charCodeAt(0);
        return c >= 0x0e01 && c <= 0x0e5b ? c - 0x0e01 + 0xa1 : c;
      }));
    const tis = { 'content-type': 'text/html; charset=tis-620' };
    site = await serveMiniSite({
      '/': { headers: tis, body: enc(`<html><head><title>เทศบาลตำบลทดสอบ</title></head><body><table><tr><td>
        <a href="javascript:MM_openBrWindow('datacenter/plan.php','','width=800')">แผนการดำเนินงาน ประจำปีงบประมาณ 2566</a></td></tr></table></body></html>`) },
      '/datacenter/plan.php': { headers: tis, body: enc(`<html><body><h1>แผนการดำเนินงาน ประจำปีงบประมาณ 2566</h1><a href="/fileupload/plan66.pdf">ดาวน์โหลด</a></body></html>`) },
      '/fileupload/plan66.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' },
    });
    const r = await runCli([`${site.url}/`, '--ruleset', 'ita-2566', '--format', 'json']);
    expect(r.code).toBe(0);
    const report: Report = JSON.parse(r.stdout);
    expect(report.site.title).toBe('เทศบาลตำบลทดสอบ');
    const o11 = report.items.find((i) => i.id === 'O11')!;
    expect(o11.status).toBe('pass');
    expect(o11.evidence[0].url).toMatch(/\/datacenter\/plan\.php$|\/fileupload\/plan66\.pdf$/);
  });
});

describe('usage errors and exit codes', () => {
  it.each([
    [['--format', 'xml', 'http://127.0.0.1:1/'], /--format must be one of/],
    [['not-a-url'], /not a URL/],
    [['ftp://example.org/'], /only http and https/],
    [['http://127.0.0.1:1/', '--ruleset', 'ita-1999'], /unknown rule set "ita-1999"/],
    [['http://127.0.0.1:1/', '--max-pages', 'lots'], /--max-pages must be a whole number/],
    [['--bogus', 'http://127.0.0.1:1/'], /Unknown option/],
    [[], /missing <url>/],
  ])('%j → exit 2 with one clear line', async (argv, message) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 3 when the start URL cannot be fetched', async () => {
    const r = await runCli(['http://127.0.0.1:9/', '--timeout-ms', '500']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot open http:\/\/127\.0\.0\.1:9\//);
  });

  it('lists the bundled rule sets', async () => {
    const r = await runCli(['--list-rulesets']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ita-2566\t\d+ items/m);
  });

  it('runs as the documented npm command (exit code and stderr from the real process)', () => {
    const p = spawnSync('npm', ['run', '--silent', 'audit', '--', 'nope'], { encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('re-audit with --cache', () => {
  it('asks again with validators and gives the same answers', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const cacheFile = `${mkdtempSync(`${tmpdir()}/oit-cache-`)}/cache.json`;
    const server = await serveSite(SAMPLE);
    try {
      const first = await runCli([`${server.url}/`, '--ruleset', 'ita-2566', '--format', 'json', '--cache', cacheFile]);
      expect(first.code).toBe(0);
      expect(JSON.parse(readFileSync(cacheFile, 'utf8')).schema).toBe('oit-crawl-cache/1');
      const before = server.requests.length;
      const second = await runCli([`${server.url}/`, '--ruleset', 'ita-2566', '--format', 'json', '--cache', cacheFile]);
      expect(second.code).toBe(0);
      const a: Report = JSON.parse(first.stdout);
      const b: Report = JSON.parse(second.stdout);
      expect(b.items.map((i) => [i.id, i.status])).toEqual(a.items.map((i) => [i.id, i.status]));
      expect(server.requests.length - before).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
