import type { Lang } from '@/utils/ui-text';
import { STATUS_TEXT } from '@/utils/ui-text';

type Status = keyof typeof STATUS_TEXT;

/** A status as colour, icon and word together: never colour alone (issue #4 §2). */
export function StatusBadge({ status, lang }: { status: Status; lang: Lang }) {
  const s = STATUS_TEXT[status];
  return (
    <span class={`status status-${status}`} data-status={status}>
      <span class="status-icon" aria-hidden="true">
        {s.icon}
      </span>
      {s[lang]}
    </span>
  );
}
