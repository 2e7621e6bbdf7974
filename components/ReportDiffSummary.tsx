import { CHANGE_LABEL, type ChangeKind, type ReportDiff } from '@/checks/report/diff';
import { STATUS_LABEL } from '@/checks/report/format';

const ORDER: ChangeKind[] = ['fixed', 'improved', 'regressed', 'worsened', 'new-gap', 'needs-review', 'added', 'unchanged'];

const fmt = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toLocaleString('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }) : iso;
};

/** "Since the previous run": counts per kind of change, and the items that are gone. */
export function ReportDiffSummary({ diff, previous }: { diff: ReportDiff; previous?: { id: string; finishedAt: string } }) {
  if (!previous) {
    return (
      <p class="diff-summary" data-testid="diff-summary">
        การตรวจครั้งแรกของเว็บไซต์นี้ <span class="en">First audit of this site: nothing to compare.</span>
      </p>
    );
  }
  return (
    <section class="diff-summary" data-testid="diff-summary" aria-label="เทียบกับครั้งก่อน">
      <p>
        เทียบกับการตรวจครั้งก่อน <span class="en">Compared with the previous run</span> (
        <a class="no-print-link" href={`report.html?id=${encodeURIComponent(previous.id)}`}>{fmt(previous.finishedAt)}</a>)
        {diff.isRulesetChanged && <> · ชุดเกณฑ์ต่างกัน เทียบตามเรื่อง <span class="en">different rule sets, matched by concept</span></>}
      </p>
      {diff.isComparable ? (
        <ul class="diff-counts">
          {ORDER.filter((k) => diff.counts[k] > 0).map((k) => (
            <li key={k} class={`change change-${k}`} data-change-count={k}>
              {CHANGE_LABEL[k].icon} {CHANGE_LABEL[k].th} <span class="en">{CHANGE_LABEL[k].en}</span> {diff.counts[k]}
            </li>
          ))}
          {diff.removed.length > 0 && (
            <li class="change change-removed">
              ไม่มีในครั้งนี้ <span class="en">removed</span>: {diff.removed.map((r) => `${r.id} (${STATUS_LABEL[r.before].th})`).join(', ')}
            </li>
          )}
        </ul>
      ) : (
        <p>เทียบไม่ได้: ชุดเกณฑ์ต่างกัน <span class="en">Not comparable: different rule sets.</span></p>
      )}
    </section>
  );
}
