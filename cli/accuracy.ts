/**
 * `npm run accuracy [-- site …] [--json]`: audits every labelled fixture site (tests/fixtures/sites/*
 * with a labels.json) through the real crawler on 127.0.0.1 and prints, per site and overall, exact
 * agreement, pass/not-pass agreement, false passes, missed passes, evidence hits and survey agreement,
 * then the lists of disagreements (issue #3 §4). The gate is tests/integration/accuracy.test.ts; this
 * command only reports (exit 0 unless it cannot run).
 */
import { auditFixtureSite, formatAccuracy, labelledSites, type SiteAccuracy } from '../tests/support/accuracy';

async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write('usage: npm run accuracy [-- <site> …] [--json]\n  sites: tests/fixtures/sites/* with a labels.json\n');
    return 0;
  }
  const json = argv.includes('--json');
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const all = labelledSites();
  const unknown = wanted.filter((s) => !all.includes(s));
  if (unknown.length) {
    process.stderr.write(`unknown fixture site: ${unknown.join(', ')} (labelled sites: ${all.join(', ')})\n`);
    return 2;
  }
  const sites = wanted.length ? wanted : all;
  const results: SiteAccuracy[] = [];
  for (const site of sites) {
    process.stderr.write(`auditing ${site}…\n`);
    results.push((await auditFixtureSite(site)).accuracy);
  }
  process.stdout.write(json ? JSON.stringify(results, null, 2) + '\n' : formatAccuracy(results));
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
