import type { HistorySummary } from '@/utils/history';

const fmt = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toLocaleString('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }) : iso;
};

/** The last runs of the site (utils/history.ts keeps 20), newest first; each opens its report. */
export function ReportHistory({ entries, currentId }: { entries: HistorySummary[]; currentId?: string }) {
  return (
    <section class="panel history no-print" aria-labelledby="history-title">
      <h2 id="history-title">
        ประวัติการตรวจ <span class="en">History</span> ({entries.length})
      </h2>
      {entries.length === 0 ? (
        <p>ยังไม่มีประวัติการตรวจ <span class="en">No saved audits yet.</span></p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>ตรวจเมื่อ <span class="en">audited</span></th>
              <th>เว็บไซต์ <span class="en">site</span></th>
              <th>คะแนน <span class="en">score</span></th>
              <th>ผ่าน / ไม่ครบ / ไม่พบ / ตรวจเอง</th>
              <th>ชุดเกณฑ์ <span class="en">rule set</span></th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} class={e.id === currentId ? 'current' : undefined} data-history-id={e.id}>
                <td>
                  {e.id === currentId ? (
                    <strong aria-current="page">{fmt(e.finishedAt)}</strong>
                  ) : (
                    <a href={`report.html?id=${encodeURIComponent(e.id)}`}>{fmt(e.finishedAt)}</a>
                  )}
                  {e.isImported && <span class="chip">นำเข้า <span class="en">imported</span></span>}
                </td>
                <td>{e.siteKey}</td>
                <td>{e.score.toFixed(1)}%</td>
                <td>
                  {e.summary.pass} / {e.summary.partial} / {e.summary.fail} / {e.summary.review}
                </td>
                <td>{e.rulesetId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
