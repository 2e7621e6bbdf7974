/**
 * Small guarantees the fault-site crawl (tests/integration/faults.test.ts) relies on, one by one
 * (issue #6): links that would act on the user's session are recognised, URLs too long to be pages
 * are dropped, a page cut at the size cap or with a stray byte keeps its charset, and a page's
 * title cannot carry megabytes into the report.
 */
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '@/checks/crawl/decode';
import { extractFeatures } from '@/checks/crawl/extract';
import { isUnsafeLink, MAX_URL_LENGTH, normalizeUrl } from '@/checks/crawl/url';

const SITE = 'https://www.ronthong.go.th';

describe('isUnsafeLink: links the crawler never follows with the user\'s session', () => {
  it.each([
    [`${SITE}/logout`, ''],
    [`${SITE}/member/logout.php`, ''],
    [`${SITE}/index.php?action=logout`, ''],
    [`${SITE}/wp-login.php?action=logout&_wpnonce=abc`, ''],
    [`${SITE}/user/sign-out`, ''],
    [`${SITE}/auth/signoff`, ''],
    [`${SITE}/Logoff.aspx`, ''],
    [`${SITE}/member/exit.php`, 'ออกจากระบบ'],
    [`${SITE}/member/exit.php`, 'log out'],
    [`${SITE}/board.php?act=delete&id=5`, ''],
    [`${SITE}/admin/news.php?do=remove&id=9`, ''],
  ])('%s "%s" is unsafe', (url, text) => {
    expect(isUnsafeLink(url, text)).toBe(true);
  });

  it.each([
    [`${SITE}/public/list/data/index/menu/1685`, 'ITA'],
    [`${SITE}/blog-outline`, 'บล็อก'],
    [`${SITE}/catalog/output.pdf`, 'Catalog Output'],
    [`${SITE}/login`, 'เข้าสู่ระบบ'],
    [`${SITE}/news.php?cat_id=27`, 'ประกาศ'],
    [`${SITE}/datacenter/result.php`, 'ผลการดำเนินงาน'],
    [`${SITE}/logo-outline.png`, ''],
  ])('%s "%s" is safe', (url, text) => {
    expect(isUnsafeLink(url, text)).toBe(false);
  });
});

describe('normalizeUrl bounds', () => {
  it('drops a URL longer than the report can hold, keeps one just under', () => {
    expect(normalizeUrl(`${SITE}/${'a'.repeat(MAX_URL_LENGTH)}`)).toBeNull();
    expect(normalizeUrl(`${SITE}/${'a'.repeat(MAX_URL_LENGTH - SITE.length - 1)}`)).not.toBeNull();
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@b.go.th', 'vbscript:x', 'about:blank'])('refuses %s', (url) => {
    expect(normalizeUrl(url, SITE)).toBeNull();
  });
});

describe('decodeHtml on cut and dirty bytes', () => {
  const THAI = 'องค์การบริหารส่วนตำบลร่อนทอง';

  it('keeps UTF-8 when the size cap cut a Thai letter in half', () => {
    const bytes = new TextEncoder().encode(`<meta charset="utf-8"><p>${THAI.repeat(50)}</p>`);
    const cut = bytes.subarray(0, bytes.length - 6); // inside the last ร่อนทอง…

    const actual = decodeHtml(cut, 'text/html; charset=utf-8');

    expect(actual.charset).toBe('utf-8');
    expect(actual.text).toContain(THAI);
  });

  it('keeps UTF-8 when a UTF-8 page carries a few stray legacy bytes', () => {
    const good = new TextEncoder().encode(`<p>${THAI} ${THAI} ${THAI}</p>`);
    const bytes = new Uint8Array([...good, 0xa1, 0xb9, 0x20, ...good]);

    const actual = decodeHtml(bytes, 'text/html; charset=utf-8');

    expect(actual.charset).toBe('utf-8');
    expect(actual.text).toContain(THAI);
  });
});

describe('extractFeatures on hostile pages', () => {
  it('bounds the title, even when an unclosed <title> swallows the page', () => {
    const f = extractFeatures(`<html><head><title>ชื่อ${'ยาว'.repeat(50_000)}<body><a href="/x">x</a>`, `${SITE}/`);

    expect(f.title.length).toBeLessThanOrEqual(300);
    expect(f.title.startsWith('ชื่อ')).toBe(true);
  });

  it('finds the title and <base href> on a page with thousands of top-level nodes (content after </html>)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<tr><td>${i}</td></tr>`).join('');
    const html = `<html><head><title>หน้าแรก</title><base href="${SITE}/sub/"></head><body></body></html>${rows}<a href="page.php">ลิงก์</a>`;

    const f = extractFeatures(html, `${SITE}/`);

    expect(f.title).toBe('หน้าแรก');
    expect(f.links.map((l) => l.url)).toContain(`${SITE}/sub/page.php`);
  });

  it('reads a link under 10,000 nested elements without overflowing the stack', () => {
    const f = extractFeatures(`<body>${'<div><span>'.repeat(10_000)}<a href="/deep">ลึก</a>${'</span></div>'.repeat(10_000)}</body>`, `${SITE}/`);

    expect(f.links.map((l) => l.url)).toEqual([`${SITE}/deep`]);
  });
});
