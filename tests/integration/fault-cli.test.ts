/**
 * The command line against the hostile site (issue #6, "Done when"): `npm run --silent audit --
 * <fault-url> --format json` finishes within its budget with a valid report and exit 0, in a real
 * child process, as a committee's script would run it (shared/contracts/report.md).
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../checks/report/schema';
import { FORBIDDEN_PATHS, startFaultServer, startRecorder, type FaultServer } from '../fault-server/server';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

function audit(args: string[]): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'audit', '--', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr, elapsedMs: Date.now() - t0 }));
  });
}

/** npm + tsx start-up and the final judging, on a busy 2-core machine. */
const STARTUP_SLACK_MS = 8000;

describe('npm run audit against the hostile site', () => {
  let site: FaultServer | undefined;
  let elsewhere: Awaited<ReturnType<typeof startRecorder>> | undefined;
  afterEach(async () => {
    await site?.close();
    await elsewhere?.close();
    site = elsewhere = undefined;
  });

  it('finishes within its budget, prints one valid JSON report and exits 0', async () => {
    elsewhere = await startRecorder();
    site = await startFaultServer({ elsewhere: elsewhere.url });
    const budgetMs = 6000;

    const run = await audit([`${site.url}/`, '--format', 'json', '--timeout-ms', '1000', '--time-limit-ms', String(budgetMs)]);

    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.elapsedMs).toBeLessThan(budgetMs + STARTUP_SLACK_MS);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(['exhausted', 'time-limit']).toContain(report.crawl.stoppedBy);
    expect(report.crawl.errors.length).toBeGreaterThan(10);
    expect(report.crawl.errors.every((e) => e.reason.length > 0)).toBe(true);
    expect(elsewhere.requests).toEqual([]);
    expect(site.requests.filter((q) => q.method !== 'GET' && q.method !== 'HEAD')).toEqual([]);
    expect(site.requests.filter((q) => FORBIDDEN_PATHS.some((re) => re.test(q.path)))).toEqual([]);
  });

  it('exits 3 with the reason when the start page never answers within the budget', async () => {
    site = await startFaultServer({ routes: { '/': () => undefined } });

    const run = await audit([`${site.url}/`, '--format', 'json', '--time-limit-ms', '1500']);

    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/time limit/);
    expect(run.elapsedMs).toBeLessThan(1500 + STARTUP_SLACK_MS);
  });

  it('reads a robots.txt-disallowed section only with --ignore-robots (for the site\'s own webmaster)', async () => {
    const home = '<a href="/private/secret">เอกสารภายใน</a> <a href="/member/exit.php">ออกจากระบบ</a>';
    site = await startFaultServer({ routes: { '/': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(home) } });

    const obey = await audit([`${site.url}/`, '--format', 'json']);
    const seenBefore = site.count('/private/secret');
    const ignore = await audit([`${site.url}/`, '--format', 'json', '--ignore-robots']);

    expect([obey.code, ignore.code]).toEqual([0, 0]);
    expect(seenBefore).toBe(0);
    expect(site.count('/private/secret')).toBe(1);
    expect(ReportSchema.parse(JSON.parse(obey.stdout)).crawl.errors.map((e) => e.code)).toContain('robots');
    expect(site.count('/member/exit.php')).toBe(0);
  });
});
