import type { Report } from '@/checks/report/schema';
import { ReportLink } from './ReportLink';

const fmt = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toLocaleString('th-TH', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Bangkok' }) : iso;
};

/** The report's head: agency, site, rule set, date, and the counts (machine, then after verdicts). */
export function ReportSummary({ report, effective, hasVerdicts }: { report: Report; effective: Report['summary']; hasVerdicts: boolean }) {
  const s = hasVerdicts ? effective : report.summary;
  const m = report.summary;
  return (
    <header class="report-head">
      <p class="kicker">
        ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) <span class="en">OIT disclosure audit</span>
      </p>
      <h1>{report.site.title || report.site.origin}</h1>
      <dl class="meta">
        <dt>เว็บไซต์ <span class="en">Site</span></dt>
        <dd><ReportLink url={report.site.startUrl} /></dd>
        <dt>ชุดเกณฑ์ <span class="en">Rule set</span></dt>
        <dd>{report.ruleset.title ?? report.ruleset.id} ({report.ruleset.id})</dd>
        <dt>ตรวจเมื่อ <span class="en">Audited</span></dt>
        <dd>{fmt(report.finishedAt)}</dd>
      </dl>
      <div class="counts" role="group" aria-label="สรุปผล">
        <div class="count count-score">
          <span class="num" data-testid="score">{s.score.toFixed(1)}%</span>
          <span>คะแนน <span class="en">score</span>{hasVerdicts && <> (รวมผลผู้ตรวจ)</>}</span>
          {typeof m.passMark === 'number' && <span class="sub">เกณฑ์ผ่าน <span class="en">pass mark</span> {m.passMark}</span>}
        </div>
        <div class="count badge-pass"><span class="num">{s.pass}</span><span>✓ ผ่าน <span class="en">pass</span></span></div>
        <div class="count badge-partial"><span class="num">{s.partial}</span><span>◐ ไม่ครบ <span class="en">partial</span></span></div>
        <div class="count badge-fail"><span class="num">{s.fail}</span><span>✗ ไม่พบ <span class="en">fail</span></span></div>
        <div class="count badge-review"><span class="num">{s.review}</span><span>? ตรวจด้วยตนเอง <span class="en">review</span></span></div>
      </div>
      {hasVerdicts && (
        <p class="machine-summary">
          ผลของเครื่อง <span class="en">machine</span>: ผ่าน {m.pass} · ไม่ครบ {m.partial} · ไม่พบ {m.fail} · ตรวจด้วยตนเอง {m.review} · คะแนน {m.score.toFixed(1)}%
        </p>
      )}
    </header>
  );
}
