import { useState } from 'preact/hooks';
import type { ItemChange } from '@/checks/report/diff';
import type { ItemReport } from '@/checks/report/schema';
import { ReportChange } from './ReportChange';
import { ReportEvidence } from './ReportEvidence';
import { ReportStatusBadge } from './ReportStatusBadge';
import { ReportVerdictForm, type VerdictDraft } from './ReportVerdictForm';

const fmt = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toLocaleString('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }) : iso;
};

/** One item with everything the report knows about it; site text is rendered as text only. */
export function ReportItem(props: {
  item: ItemReport;
  change?: ItemChange;
  isHidden: boolean;
  defaultReviewer: string;
  onSaveVerdict: (itemId: string, draft: VerdictDraft | null) => Promise<void>;
}) {
  const { item, change } = props;
  const [isEditing, setEditing] = useState(false);
  const v = item.verdict;
  return (
    <article
      class={`item item-${v?.status ?? item.status}${props.isHidden ? ' is-filtered' : ''}`}
      id={`item-${item.id}`}
      data-item={item.id}
      aria-labelledby={`item-${item.id}-title`}
    >
      <header class="item-head">
        <span class="item-code">{item.id}</span>
        <h3 id={`item-${item.id}-title`} class="item-title">
          {item.title}
          {item.titleEn && <span class="en item-title-en">{item.titleEn}</span>}
        </h3>
        <div class="item-status">
          {v ? (
            <>
              <ReportStatusBadge status={v.status} who={{ th: 'ผู้ตรวจ', en: 'reviewer' }} />
              <span class="machine" data-testid="machine-status">
                <ReportStatusBadge status={item.status} who={{ th: 'เครื่อง', en: 'machine' }} />
              </span>
            </>
          ) : (
            <ReportStatusBadge status={item.status} />
          )}
          {change && <ReportChange change={change} />}
          {item.confidence === 'M' && (
            <span class="chip chip-warn" title="เกณฑ์ของรายการนี้ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช.">
              เกณฑ์ยังไม่ยืนยัน <span class="en">criteria unverified</span>
            </span>
          )}
        </div>
      </header>
      {item.missing.length > 0 && (
        <div class="missing">
          <strong>
            สิ่งที่ขาด <span class="en">Missing</span>
          </strong>
          <ul>
            {item.missing.map((m, i) => (
              <li key={i}>
                {m}
                {item.missingEn?.[i] && <span class="en"> — {item.missingEn[i]}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.notes.length > 0 && (
        <div class="notes">
          <strong>
            หมายเหตุ <span class="en">Notes</span>
          </strong>
          <ul>
            {item.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {item.evidence.length ? (
        <ReportEvidence evidence={item.evidence} />
      ) : (
        <p class="no-evidence">
          ไม่พบหลักฐานบนเว็บไซต์ <span class="en">No evidence found on the site</span>
        </p>
      )}
      {v && (
        <div class="verdict" data-testid="verdict">
          <strong>
            ผู้ตรวจ <span class="en">Reviewer</span>:
          </strong>{' '}
          {v.reviewer || '—'} · {fmt(v.at)}
          {v.note && <p class="verdict-note">{v.note}</p>}
        </div>
      )}
      {isEditing ? (
        <ReportVerdictForm
          item={item}
          defaultReviewer={props.defaultReviewer}
          onSave={(d) => props.onSaveVerdict(item.id, d)}
          onRemove={() => props.onSaveVerdict(item.id, null)}
          onClose={() => setEditing(false)}
        />
      ) : (
        <button type="button" class="no-print verdict-open" onClick={() => setEditing(true)}>
          {v ? 'แก้ผลการตัดสิน' : 'ตัดสินโดยผู้ตรวจ'} <span class="en">{v ? 'Edit verdict' : 'Set verdict'}</span>
        </button>
      )}
    </article>
  );
}
