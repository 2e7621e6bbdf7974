/**
 * In the browser the crawl runs inside the agency's tab and may only read its own origin (no host
 * permission at install). Sites mix `www.` and bare host, http and https (thai-sites.md §7.11), and
 * the crawler counts them as one site (design.md, Scope). So a same-site URL on another variant is
 * fetched on the tab's own origin: the same server, reachable without any extra permission.
 */
import type { FetchLike } from './fetcher';
import { isSameSite } from './url';

export function pinToOrigin(fetchFn: FetchLike, origin: string): FetchLike {
  const home = new URL(origin);
  return (url, init) => {
    let target = url;
    try {
      const u = new URL(url);
      if (u.origin !== home.origin && isSameSite(url, home.href)) {
        u.protocol = home.protocol;
        u.host = home.host;
        target = u.href;
      }
    } catch {
      // Not a URL: let fetch report it.
    }
    return fetchFn(target, init);
  };
}
