import type { Report } from '@/checks/report/schema';
import { STATUS_TEXT, T, type Lang } from '@/utils/ui-text';

const ORDER = ['pass', 'partial', 'fail', 'review'] as const;

/**
 * Counts per status and the score as the official model computes it (`report.summary.score`,
 * checks/audit.ts `score`), beside the rule set's pass mark.
 */
export function Summary({ report, lang }: { report: Report; lang: Lang }) {
  const s = report.summary;
  const isPassing = s.passMark !== undefined && s.score >= s.passMark;
  return (
    <section class="card summary" aria-label={T.score[lang]}>
      <div class="score" title={T.scoreHelp[lang]}>
        <div class={`score-value ${s.passMark === undefined ? '' : isPassing ? 'score-ok' : 'score-low'}`} data-testid="score">
          {s.score.toFixed(1)}
          <small>%</small>
        </div>
        <div class="score-label">
          {T.score[lang]}
          {s.passMark !== undefined && (
            <span class="muted">
              {' '}
              · {T.passMark[lang]} {s.passMark}
            </span>
          )}
        </div>
      </div>
      <ul class="counts">
        {ORDER.map((k) => (
          <li key={k} class={`count count-${k}`} data-testid={`count-${k}`}>
            <span class="count-n">{s[k]}</span>
            <span class="count-label">
              <span aria-hidden="true">{STATUS_TEXT[k].icon} </span>
              {STATUS_TEXT[k][lang]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
