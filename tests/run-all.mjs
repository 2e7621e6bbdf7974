#!/usr/bin/env node
/**
 * `npm test`: every runner, one summary. Vitest (unit + integration), then the extension build and
 * Playwright (browser tests). Prints one plain line `N passed, N failed` that sums both runners
 * (CI reads it) and exits non-zero when any test failed or a runner could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'oit-test-'));
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
let passed = 0;
let failed = 0;
let broken = false;

// 1. Vitest.
const vitestOut = join(tmp, 'vitest.json');
const v = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`]);
if (existsSync(vitestOut)) {
  const r = JSON.parse(readFileSync(vitestOut, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTestSuites && !r.numFailedTests) failed += r.numFailedTestSuites;
} else broken = true;
if (v.status !== 0 && !failed) broken = true;

// 2. Playwright, on the freshly built extension.
const hasSpecs = existsSync('tests/e2e') && readdirSync('tests/e2e', { recursive: true }).some((f) => String(f).endsWith('.spec.ts'));
if (hasSpecs && process.env.SKIP_E2E !== '1') {
  const b = run('npx', ['wxt', 'build']);
  if (b.status !== 0) broken = true;
  const pwOut = join(tmp, 'pw.json');
  const p = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut });
  if (existsSync(pwOut)) {
    const r = JSON.parse(readFileSync(pwOut, 'utf8'));
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    if (r.errors?.length && !r.stats.unexpected) failed += r.errors.length;
  } else broken = true;
  if (p.status !== 0 && !failed) broken = true;
}

if (broken && !failed) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
