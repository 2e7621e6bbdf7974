import { STATUS_LABEL } from '@/checks/report/format';
import type { ReportStatus } from '@/checks/report/schema';

/** A status as icon + Thai word + English word (never colour alone: issue #4 §2). */
export function ReportStatusBadge({ status, who }: { status: ReportStatus; who?: { th: string; en: string } }) {
  const label = STATUS_LABEL[status];
  return (
    <span class={`badge badge-${status}`} data-status={status}>
      {who && <span class="badge-who">{who.th} <span class="en">{who.en}</span></span>}
      <span aria-hidden="true">{label.icon}</span> {label.th} <span class="en">{label.en}</span>
    </span>
  );
}
