/** Hand-made reports for the report/history tests (shared/contracts/report.md shape). */
import type { ItemReport, Report, ReportStatus } from '@/checks/report/schema';

export function makeItem(id: string, status: ReportStatus, extra: Partial<ItemReport> = {}): ItemReport {
  const hasEvidence = status !== 'fail';
  return {
    id,
    section: '9.1',
    title: `รายการ ${id}`,
    status,
    evidence: hasEvidence
      ? [{ url: `http://127.0.0.1:5173/${id.toLowerCase()}`, kind: 'page', text: `หลักฐาน ${id}`, foundOn: 'http://127.0.0.1:5173/' }]
      : [],
    missing: status === 'partial' ? ['ไม่พบเบอร์โทรศัพท์'] : [],
    notes: [],
    ...extra,
  };
}

export function makeReport(items: ItemReport[] = [makeItem('O1', 'pass'), makeItem('O2', 'partial'), makeItem('O3', 'fail'), makeItem('O4', 'review')], over: Partial<Report> = {}): Report {
  const count = (s: ReportStatus) => items.filter((i) => i.status === s).length;
  return {
    schema: 'oit-audit-report/1',
    tool: { name: 'oit-auditor', version: '0.1.0' },
    site: { startUrl: 'http://ronthong.go.th/', origin: 'http://ronthong.go.th', title: 'องค์การบริหารส่วนตำบลร่อนทอง' },
    ruleset: { id: 'ita-2566', fiscalYear: 2566, title: 'ITA 2566', sections: [{ id: '9.1', title: 'ข้อมูลพื้นฐาน' }] },
    startedAt: '2026-11-26T10:00:00.000Z',
    finishedAt: '2026-11-26T10:00:09.000Z',
    crawl: { pagesFetched: 12, pagesFailed: 1, documentsFound: 3, stoppedBy: 'exhausted', errors: [{ url: 'http://ronthong.go.th/x', reason: 'HTTP 404' }] },
    summary: { pass: count('pass'), partial: count('partial'), fail: count('fail'), review: count('review'), score: items.length ? Math.round((1000 * count('pass')) / items.length) / 10 : 0 },
    survey: {
      eit: { status: 'pass', url: 'https://itas.nacc.go.th/go/eit/abc123', via: 'link', foundOn: 'http://ronthong.go.th/' },
      iit: { status: 'fail', url: null, via: null, foundOn: null },
    },
    items,
    ...over,
  };
}
