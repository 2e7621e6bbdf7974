import type { Progress } from '@/utils/messages';
import { displayUrl, formatElapsed } from '@/utils/checklist';
import { T, type Lang } from '@/utils/ui-text';

/** The running audit: pages fetched against the page budget, items passed so far, documents. */
export function ProgressBar({ progress, lang }: { progress: Progress | null; lang: Lang }) {
  const p = progress;
  const ratio = p && p.maxPages > 0 ? Math.min(1, p.pagesFetched / p.maxPages) : 0;
  return (
    <section class="card progress" aria-live="polite">
      <div class="progress-title">
        <span class="spinner" aria-hidden="true" />
        {p ? T.running[lang] : T.starting[lang]}
        {p && <span class="muted"> · {formatElapsed(p.elapsedMs)}</span>}
      </div>
      <div
        class="bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={p?.maxPages ?? 0}
        aria-valuenow={p?.pagesFetched ?? 0}
        aria-label={T.pagesFetched[lang]}
      >
        <div class="bar-fill" style={{ width: `${Math.max(2, ratio * 100)}%` }} />
      </div>
      {p && (
        <div class="progress-stats">
          <span data-testid="pages">
            {T.pagesFetched[lang]} <b>{p.pagesFetched}</b> / {p.maxPages} {T.pages[lang]}
          </span>
          <span data-testid="items-found">
            {T.itemsFound[lang]} <b>{p.itemsPassed ?? 0}</b> / {p.itemsTotal} {T.items[lang]}
          </span>
          <span>
            {T.documents[lang]} <b>{p.documentsFound}</b>
          </span>
        </div>
      )}
      {p?.currentUrl && (
        <div class="progress-url ellipsis" title={p.currentUrl}>
          {displayUrl(p.currentUrl)}
        </div>
      )}
    </section>
  );
}
