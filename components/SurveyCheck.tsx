import type { Report } from '@/checks/report/schema';
import { displayUrl, isHttpUrl } from '@/utils/checklist';
import { T, type Lang } from '@/utils/ui-text';
import { StatusBadge } from './StatusBadge';

/** The EIT/IIT survey links (checks/survey.ts): beside the items, not an O-item (contracts/report.md). */
export function SurveyCheck({ survey, lang }: { survey: Report['survey']; lang: Lang }) {
  const rows = [
    { id: 'eit', label: T.surveyEit[lang], check: survey.eit },
    { id: 'iit', label: T.surveyIit[lang], check: survey.iit },
  ];
  return (
    <section class="card survey">
      <h2 class="section-title">{T.survey[lang]}</h2>
      <ul class="items">
        {rows.map((r) => (
          <li key={r.id} class="survey-row" data-survey={r.id} data-status={r.check.status}>
            <StatusBadge status={r.check.status} lang={lang} />
            <span class="item-title">{r.label}</span>
            {r.check.url && isHttpUrl(r.check.url) && (
              <a class="ellipsis evidence-link" href={r.check.url} target="_blank" rel="noopener noreferrer" title={r.check.url}>
                {displayUrl(r.check.url)}
              </a>
            )}
            {r.check.via === 'qr' && <span class="via-qr">{T.surveyViaQr[lang]}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
