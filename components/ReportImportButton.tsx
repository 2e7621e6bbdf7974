/** Choose a JSON report file to import (checks/report/import.ts validates it). */
export function ReportImportButton({ onImport }: { onImport: (file: File) => void }) {
  return (
    <label class="button import">
      นำเข้ารายงาน JSON <span class="en">Import JSON</span>
      <input
        type="file"
        accept="application/json,.json"
        data-action="import"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
    </label>
  );
}
