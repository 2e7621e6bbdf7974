import { EXPORT_KINDS, type ExportKind } from '@/checks/report/exports';
import { ReportImportButton } from './ReportImportButton';

export type ReportFilter = 'all' | 'gaps' | 'review' | 'changed' | 'verdict';

export const FILTERS: { id: ReportFilter; th: string; en: string }[] = [
  { id: 'all', th: 'ทั้งหมด', en: 'all' },
  { id: 'gaps', th: 'เฉพาะที่ขาด', en: 'gaps only' },
  { id: 'review', th: 'ต้องตรวจด้วยตนเอง', en: 'needs review' },
  { id: 'changed', th: 'เปลี่ยนจากครั้งก่อน', en: 'changed' },
  { id: 'verdict', th: 'มีผลผู้ตรวจ', en: 'with verdict' },
];

/** Filters, exports, print and import (hidden in print). */
export function ReportToolbar(props: {
  filter: ReportFilter;
  counts: Record<ReportFilter, number>;
  hasPrevious: boolean;
  busyExport: ExportKind | null;
  onFilter: (f: ReportFilter) => void;
  onExport: (k: ExportKind) => void;
  onImport: (file: File) => void;
}) {
  return (
    <nav class="toolbar no-print" aria-label="เครื่องมือ">
      <div class="filters" role="radiogroup" aria-label="ตัวกรอง Filter">
        {FILTERS.filter((f) => f.id !== 'changed' || props.hasPrevious).map((f) => (
          <button
            key={f.id}
            type="button"
            role="radio"
            aria-checked={props.filter === f.id}
            class={props.filter === f.id ? 'filter is-active' : 'filter'}
            data-filter={f.id}
            onClick={() => props.onFilter(f.id)}
          >
            {f.th} <span class="en">{f.en}</span> <span class="filter-count">{props.counts[f.id]}</span>
          </button>
        ))}
      </div>
      <div class="actions">
        <span class="actions-label">
          ส่งออก <span class="en">Export</span>
        </span>
        {EXPORT_KINDS.map((k) => (
          <button key={k.kind} type="button" data-export={k.kind} disabled={props.busyExport !== null} onClick={() => props.onExport(k.kind)}>
            {k.th}
          </button>
        ))}
        <button type="button" data-action="print" onClick={() => window.print()}>
          พิมพ์ / PDF <span class="en">Print</span>
        </button>
        <ReportImportButton onImport={props.onImport} />
      </div>
    </nav>
  );
}
