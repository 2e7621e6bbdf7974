import { useState } from 'preact/hooks';
import { sectionsOf, type Filter } from '@/utils/checklist';
import type { Report } from '@/checks/report/schema';
import { T, type Lang } from '@/utils/ui-text';
import { ItemRow } from './ItemRow';

export interface ChecklistProps {
  report: Report;
  lang: Lang;
  canShowMe: boolean;
  onShowMe: (itemId: string) => void;
  showMeNotes: Record<string, string>;
}

const FILTERS: { id: Filter; text: keyof typeof T }[] = [
  { id: 'all', text: 'filterAll' },
  { id: 'gaps', text: 'filterGaps' },
  { id: 'review', text: 'filterReview' },
];

/** The checklist grouped by section, with the three filters (issue #4 §2). */
export function Checklist({ report, lang, canShowMe, onShowMe, showMeNotes }: ChecklistProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const sections = sectionsOf(report, filter);
  return (
    <section class="checklist">
      <div class="filters" role="radiogroup" aria-label={T.filterLabel[lang]}>
        {FILTERS.map((f) => (
          <button
            key={f.id}
            type="button"
            role="radio"
            aria-checked={filter === f.id}
            class={filter === f.id ? 'filter active' : 'filter'}
            data-filter={f.id}
            onClick={() => setFilter(f.id)}
          >
            {T[f.text][lang]}
          </button>
        ))}
      </div>
      {sections.length === 0 && <p class="muted empty">{T.noneInFilter[lang]}</p>}
      {sections.map((s) => (
        <section key={s.id} class="section">
          <h2 class="section-title">
            <span class="section-id">{s.id}</span> {s.title}
          </h2>
          <ul class="items">
            {s.items.map((item) => (
              <ItemRow key={item.id} item={item} lang={lang} canShowMe={canShowMe} onShowMe={onShowMe} showMeNote={showMeNotes[item.id]} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
