/** Problems met while reading history or importing, Thai first (never a blank page). */
export function ReportNotices({ notices }: { notices: { th: string; en: string }[] }) {
  if (!notices.length) return null;
  return (
    <div class="notices no-print" role="status">
      {notices.map((n, i) => (
        <p key={i} class="notice">
          {n.th} <span class="en">{n.en}</span>
        </p>
      ))}
    </div>
  );
}
