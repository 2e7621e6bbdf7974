/**
 * Child process for the memory test (tests/integration/faults.test.ts): crawls the fault site's
 * 20 MB page and prints one JSON line `{ codes, peakMb, maxRssMb }`. The test runs it under a small
 * `--max-old-space-size`, so a crawler that read the whole page (or parsed it all) dies of OOM
 * instead of passing; the sampled peak is a second, in-process measure (between awaits only: a
 * synchronous parse cannot be sampled, hence the heap limit).
 *
 * `node --max-old-space-size=128 --import tsx tests/fault-server/crawl-huge.ts [maxBytes]`
 */
import { crawl } from '../../checks/crawl/crawler';
import { startFaultServer } from './server';

const maxBytes = Number(process.argv[2] ?? 5 * 1024 * 1024);
const site = await startFaultServer();
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const before = used();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, used())), 2);
const r = await crawl(`${site.url}/huge`, { fetch: (url, init) => fetch(url, init) }, { obeyRobots: false, maxBytes });
peak = Math.max(peak, used());
clearInterval(sampler);
await site.close();
process.stdout.write(
  JSON.stringify({
    codes: r.errors.map((e) => e.code),
    title: r.site.pages.get(`${site.url}/huge`)?.title,
    hugeBytesWritten: site.hugeBytesWritten,
    peakMb: Math.round((peak - before) / 1048576),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
