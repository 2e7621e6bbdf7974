import type { Report } from '@/checks/report/schema';
import { ReportLink } from './ReportLink';
import { ReportStatusBadge } from './ReportStatusBadge';

const VIA = { link: { th: 'ลิงก์', en: 'link' }, qr: { th: 'คิวอาร์โค้ด', en: 'QR code' } } as const;

/** The EIT/IIT survey check, beside the items (shared/contracts/report.md `survey`). */
export function ReportSurvey({ survey }: { survey: Report['survey'] }) {
  return (
    <section class="panel survey" aria-labelledby="survey-title">
      <h2 id="survey-title">
        แบบวัดการรับรู้ EIT / IIT <span class="en">EIT / IIT survey links</span>
      </h2>
      <ul>
        {(['eit', 'iit'] as const).map((k) => {
          const sv = survey[k];
          return (
            <li key={k} data-survey={k}>
              <strong>{k.toUpperCase()}</strong> <ReportStatusBadge status={sv.status} />{' '}
              {sv.url ? <ReportLink url={sv.url} /> : <span>ไม่พบลิงก์แบบวัด itas.nacc.go.th/go/{k}/… <span class="en">no survey link found</span></span>}
              {sv.via && sv.foundOn && (
                <div class="found-on">
                  {VIA[sv.via].th} <span class="en">{VIA[sv.via].en}</span> · พบที่หน้า <span class="en">found on</span> <ReportLink url={sv.foundOn} />
                </div>
              )}
              {sv.notes?.map((n, i) => <div key={i} class="note">{n}</div>)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
