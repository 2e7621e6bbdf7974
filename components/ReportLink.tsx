/**
 * A URL from a site, as text; clickable only when it is http(s) (a `javascript:` or `data:` URL
 * found on a site must never become a live link: issue #4 §4).
 */
export function ReportLink({ url, label }: { url: string; label?: string }) {
  const text = label || url;
  if (!/^https?:\/\//i.test(url)) return <span class="url">{text}</span>;
  return (
    <a class="url" href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {text}
    </a>
  );
}
