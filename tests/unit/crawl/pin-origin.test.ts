import { describe, expect, it } from 'vitest';
import { pinToOrigin } from '../../../checks/crawl/pin-origin';

describe('pinToOrigin', () => {
  const seen: string[] = [];
  const f = pinToOrigin(async (url) => {
    seen.push(url);
    return new Response('');
  }, 'https://ronthong.go.th');

  it('moves www/bare and http/https variants of the site onto the tab origin, and leaves the rest', async () => {
    seen.length = 0;
    await f('http://www.ronthong.go.th/public/x?id=1', {});
    await f('https://ronthong.go.th/a', {});
    await f('https://itas.nacc.go.th/go/eit/abc123', {});
    expect(seen).toEqual(['https://ronthong.go.th/public/x?id=1', 'https://ronthong.go.th/a', 'https://itas.nacc.go.th/go/eit/abc123']);
  });
});
