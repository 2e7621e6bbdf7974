import { useState } from 'preact/hooks';
import { STATUS_LABEL } from '@/checks/report/format';
import type { ItemReport, ReportStatus } from '@/checks/report/schema';

export interface VerdictDraft {
  status: ReportStatus;
  note: string;
  reviewer: string;
}

const STATUSES: ReportStatus[] = ['pass', 'partial', 'fail', 'review'];

/** A committee member's verdict on one item: status, note, name (design.md "report/"). */
export function ReportVerdictForm(props: {
  item: ItemReport;
  defaultReviewer: string;
  onSave: (draft: VerdictDraft) => Promise<void>;
  onRemove: () => Promise<void>;
  onClose: () => void;
}) {
  const v = props.item.verdict;
  const [status, setStatus] = useState<ReportStatus>(v?.status ?? props.item.status);
  const [note, setNote] = useState(v?.note ?? '');
  const [reviewer, setReviewer] = useState(v?.reviewer || props.defaultReviewer);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const name = `verdict-${props.item.id}`;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await fn();
      props.onClose();
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="verdict-form"
      aria-label={`ผลการตัดสินของผู้ตรวจ ${props.item.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => props.onSave({ status, note: note.trim(), reviewer: reviewer.trim() }));
      }}
    >
      <fieldset>
        <legend>
          ผลการตัดสินของผู้ตรวจ <span class="en">Reviewer verdict</span>
        </legend>
        <div class="verdict-statuses">
          {STATUSES.map((s) => (
            <label key={s} class={`radio badge-${s}`}>
              <input type="radio" name={name} value={s} checked={status === s} onChange={() => setStatus(s)} />
              {STATUS_LABEL[s].icon} {STATUS_LABEL[s].th} <span class="en">{STATUS_LABEL[s].en}</span>
            </label>
          ))}
        </div>
        <label class="field">
          <span>
            บันทึก <span class="en">Note</span>
          </span>
          <textarea name="note" rows={2} maxLength={4000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>
            ชื่อผู้ตรวจ <span class="en">Reviewer</span>
          </span>
          <input name="reviewer" type="text" maxLength={200} value={reviewer} onInput={(e) => setReviewer(e.currentTarget.value)} />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="buttons">
          <button type="submit" class="primary" disabled={isBusy}>
            บันทึกผลการตัดสิน <span class="en">Save verdict</span>
          </button>
          {v && (
            <button type="button" disabled={isBusy} onClick={() => void run(props.onRemove)}>
              ลบผลการตัดสิน <span class="en">Remove</span>
            </button>
          )}
          <button type="button" disabled={isBusy} onClick={props.onClose}>
            ยกเลิก <span class="en">Cancel</span>
          </button>
        </div>
      </fieldset>
    </form>
  );
}
