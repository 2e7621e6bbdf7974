/**
 * `npm start`: serve the bundled sample agency site on 127.0.0.1 and audit it, printing the Thai
 * checklist. `npm start -- <url> [flags]` audits a real site instead (same flags as `npm run audit`).
 */
import { fileURLToPath } from 'node:url';
import { main } from './main';
import { serveSite } from './serve-site';

const SAMPLE = fileURLToPath(new URL('../tests/fixtures/sites/sample/', import.meta.url));

async function start(argv: string[]): Promise<number> {
  const io = { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s), isTTY: !!process.stderr.isTTY };
  const hasUrl = argv.some((a) => !a.startsWith('-')) || argv.includes('--list-rulesets') || argv.includes('--help');
  if (hasUrl) return main(argv, io);
  const server = await serveSite(SAMPLE);
  try {
    io.stderr(`ตรวจเว็บไซต์ตัวอย่าง (อบต.ร่อนทอง จำลอง) ที่ ${server.url}\n`);
    // The sample is labelled against ITA 2566 (tests/fixtures/sites/sample/labels.json).
    const withRuleset = argv.includes('--ruleset') ? argv : ['--ruleset', 'ita-2566', ...argv];
    return await main([server.url + '/', ...withRuleset], io);
  } finally {
    await server.close();
  }
}

start(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
