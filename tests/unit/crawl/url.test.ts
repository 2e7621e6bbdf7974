import { describe, expect, it } from 'vitest';
import { classifyUrl, isSameSite, isViewerUrl, normalizeUrl, pathPatternKey, siteKey, urlFromScript } from '../../../checks/crawl/url';

describe('normalizeUrl', () => {
  it.each([
    ['http://Example.GO.th:80/a#frag', 'http://example.go.th/a'],
    ['https://x.go.th:443/', 'https://x.go.th/'],
    ['https://x.go.th', 'https://x.go.th/'],
    ['/public/list/data/index/menu/1685', 'https://x.go.th/public/list/data/index/menu/1685'],
    ['news.php?cat_id=27', 'https://x.go.th/dir/news.php?cat_id=27'],
    ['https://x.go.th/%7euser/%e0%b8%81', 'https://x.go.th/~user/%E0%B8%81'],
    ['https://x.go.th/ข่าว', 'https://x.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7'],
    ['https://x.go.th/a;jsessionid=ABC123?x=1', 'https://x.go.th/a?x=1'],
    ['https://x.go.th/a?PHPSESSID=abc&id=5', 'https://x.go.th/a?id=5'],
    ['/node/2055?destination=ita2569', 'https://x.go.th/node/2055'],
    ['https://x.go.th/news?page=1&utm_source=facebook&fbclid=IwAR0', 'https://x.go.th/news?page=1'],
    ['index.php?_mod=aXRh', 'https://x.go.th/dir/index.php?_mod=aXRh'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeUrl(raw, 'https://x.go.th/dir/page.php')).toBe(expected);
  });

  it.each(['mailto:a@b.go.th', 'tel:044661234', 'javascript:void(0)', 'data:text/html,hi', 'file:///etc/passwd', '', '   '])('refuses %s', (raw) => {
    expect(normalizeUrl(raw, 'https://x.go.th/')).toBeNull();
  });

  it('keeps query strings, because PHP sites route by them', () => {
    expect(normalizeUrl('/datacenter/detail.php?news_id=561')).toBeNull(); // no base: relative is invalid
    expect(normalizeUrl('/datacenter/detail.php?news_id=561', 'http://a.go.th/')).toBe('http://a.go.th/datacenter/detail.php?news_id=561');
  });
});

describe('site scope', () => {
  it('treats www and bare host, http and https as one site', () => {
    expect(siteKey('https://www.ronthong.go.th/x')).toBe('ronthong.go.th');
    expect(isSameSite('http://ronthong.go.th/', 'https://www.ronthong.go.th/a')).toBe(true);
  });
  it('keeps other hosts, subdomains and ports apart', () => {
    expect(isSameSite('https://ronthong.go.th/', 'https://eservice.ronthong.go.th/')).toBe(false);
    expect(isSameSite('http://127.0.0.1:8080/', 'http://127.0.0.1:8081/')).toBe(false);
    expect(isSameSite('https://ronthong.go.th/', 'https://itas.nacc.go.th/go/eit/abc123')).toBe(false);
  });
});

describe('classifyUrl and viewers', () => {
  it.each([
    ['https://x.go.th/public/list_upload/backend/list_1/files_1.pdf', 'document'],
    ['https://x.go.th/file/%E0%B9%81%E0%B8%9C%E0%B8%99-61-63.PDF', 'document'],
    ['https://x.go.th/a.xlsx', 'document'],
    ['https://x.go.th/images/structure.jpg', 'image'],
    ['https://x.go.th/dl.php?id=1', 'page'],
  ])('%s is a %s', (url, kind) => expect(classifyUrl(url)).toBe(kind));

  it('recognises external viewers', () => {
    expect(isViewerUrl('https://drive.google.com/file/d/1abc/view')).toBe(true);
    expect(isViewerUrl('https://flowpaper.com/flipbook/?pdf=x')).toBe(true);
    expect(isViewerUrl('https://x.go.th/a.pdf')).toBe(false);
  });
});

describe('urlFromScript', () => {
  it.each([
    ["javascript:MM_openBrWindow('news_detail.php?news_id=912','','width=600')", 'news_detail.php?news_id=912'],
    ['window.open("/docs/plan.pdf", "_blank")', '/docs/plan.pdf'],
    ["location.href='/Pages/ita_all'", '/Pages/ita_all'],
    ["javascript:window.location='/x'", '/x'],
  ])('%s', (script, expected) => expect(urlFromScript(script)).toBe(expected));

  it.each(['javascript:void(0)', 'javascript:;', "javascript:alert('x')", "window.open('#')"])('finds nothing in %s', (script) => {
    expect(urlFromScript(script)).toBeNull();
  });
});

describe('pathPatternKey', () => {
  it('groups query variants of one path (calendar traps)', () => {
    expect(pathPatternKey('https://x.go.th/cal.php?month=1')).toBe(pathPatternKey('https://www.x.go.th/cal.php?month=999'));
    expect(pathPatternKey('https://x.go.th/cal.php?month=1')).not.toBe(pathPatternKey('https://x.go.th/cal.php?year=1'));
  });
});
