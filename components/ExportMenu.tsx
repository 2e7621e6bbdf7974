import { useState } from 'preact/hooks';
import type { Report } from '@/checks/report/schema';
import type { ExportKind as Kind } from '@/checks/report/exports';
import { T, type Lang } from '@/utils/ui-text';

/** Same labels as `EXPORT_KINDS` (checks/report/exports.ts), copied: importing it would load the exporters. */
const KINDS: { kind: Kind; th: string; en: string }[] = [
  { kind: 'itas', th: 'ตาราง ITAS (CSV)', en: 'ITAS sheet (CSV)' },
  { kind: 'xlsx', th: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  { kind: 'csv', th: 'CSV', en: 'CSV' },
  { kind: 'md', th: 'Markdown', en: 'Markdown' },
  { kind: 'json', th: 'JSON (นำเข้ากลับได้)', en: 'JSON (re-importable)' },
];

/** Save a file from the popup without the `downloads` permission: a blob URL and `<a download>`. */
function download(filename: string, mime: string, data: string | Uint8Array): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The export menu. The exporters (checks/report/exports.ts: XLSX writer, CSV, full report schema)
 * load only when a format is chosen, so they stay out of the popup's first chunk.
 */
export function ExportMenu({ report, lang }: { report: Report; lang: Lang }) {
  const [error, setError] = useState('');
  const run = async (kind: Kind, menu: HTMLDetailsElement | null) => {
    setError('');
    try {
      const { exportReport } = await import('@/checks/report/exports');
      const file = await exportReport(report, kind);
      download(file.filename, file.mime, file.data);
      if (menu) menu.open = false;
    } catch (err) {
      console.error('OIT Auditor: export failed', err);
      setError(`${T.exportFailed[lang]}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <details class="export-menu">
      <summary class="button secondary">{T.export[lang]} ▾</summary>
      <ul class="menu" role="menu">
        {KINDS.map((k) => (
          <li key={k.kind} role="none">
            <button
              type="button"
              role="menuitem"
              data-export={k.kind}
              onClick={(e) => void run(k.kind, (e.currentTarget as HTMLElement).closest('details'))}
            >
              {k[lang]}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
