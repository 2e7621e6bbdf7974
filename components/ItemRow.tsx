import { displayUrl, effectiveStatus, isHttpUrl, type Item } from '@/utils/checklist';
import { T, type Lang } from '@/utils/ui-text';
import { StatusBadge } from './StatusBadge';

export interface ItemRowProps {
  item: Item;
  lang: Lang;
  /** False while this tab is being crawled (navigating it would end the crawl). */
  canShowMe: boolean;
  onShowMe: (itemId: string) => void;
  /** The result of the last "show me" on this item, if any. */
  showMeNote?: string;
}

/**
 * One item: status (icon, word, colour), code and title, the best evidence as a link (http(s)
 * only, ellipsised, full URL in the tooltip), and what is missing. Everything from the site is a
 * text node: never HTML (issue #4 §2).
 */
export function ItemRow({ item, lang, canShowMe, onShowMe, showMeNote }: ItemRowProps) {
  const status = effectiveStatus(item);
  const ev = item.evidence[0];
  const title = lang === 'en' && item.titleEn ? item.titleEn : item.title;
  const missing = lang === 'en' && item.missingEn?.length ? item.missingEn : item.missing;
  return (
    <li class={`item item-${status}`} data-item={item.id} data-status={status}>
      <div class="item-head">
        <StatusBadge status={status} lang={lang} />
        <span class="item-code">{item.id}</span>
        <span class="item-title">{title}</span>
      </div>
      {ev && (
        <div class="item-evidence">
          <span class="label">{T.evidence[lang]}</span>
          {isHttpUrl(ev.url) ? (
            <a class="ellipsis evidence-link" href={ev.url} target="_blank" rel="noopener noreferrer" title={ev.url}>
              {displayUrl(ev.url)}
            </a>
          ) : (
            <span class="ellipsis evidence-link" title={ev.url}>
              {ev.url}
            </span>
          )}
          <button type="button" class="link-button show-me" disabled={!canShowMe} title={canShowMe ? undefined : T.showMeBusy[lang]} onClick={() => onShowMe(item.id)}>
            {T.showMe[lang]}
          </button>
        </div>
      )}
      {missing.length > 0 && (
        <ul class="item-missing" aria-label={T.missing[lang]}>
          {missing.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {item.notes.length > 0 && (
        <ul class="item-notes" aria-label={T.note[lang]}>
          {item.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {item.verdict && status !== item.status && (
        <div class="item-machine muted">
          ({lang === 'th' ? 'เครื่องตรวจ' : 'machine'}: <StatusBadge status={item.status} lang={lang} />)
        </div>
      )}
      {showMeNote && (
        <div class="item-showme-note" role="status">
          {showMeNote}
        </div>
      )}
    </li>
  );
}
