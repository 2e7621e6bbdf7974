import { CHANGE_LABEL, type ItemChange } from '@/checks/report/diff';
import { STATUS_LABEL } from '@/checks/report/format';

/** What changed for one item since the previous run of the same site (issue #4 §5). */
export function ReportChange({ change }: { change: ItemChange }) {
  const label = CHANGE_LABEL[change.kind];
  const from = change.before ? STATUS_LABEL[change.before].th : 'ไม่มีในครั้งก่อน';
  return (
    <span class={`change change-${change.kind}`} data-change={change.kind} title={`${from} → ${STATUS_LABEL[change.after].th}`}>
      <span aria-hidden="true">{label.icon}</span> {label.th} <span class="en">{label.en}</span>
      {change.kind !== 'unchanged' && (
        <span class="change-from">
          {' '}
          ({from} → {STATUS_LABEL[change.after].th}
          {change.beforeId ? `, เดิม ${change.beforeId}` : ''})
        </span>
      )}
    </span>
  );
}
