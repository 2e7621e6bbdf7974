import { conceptCases } from './helpers';

conceptCases('ita-improvement', [
  { name: '2569 O25 passes with the analysis of last year’s ITA results', fixture: 'pass-analysis', expected: { status: 'pass' } },
  { name: 'a score announcement alone is partial', fixture: 'partial-score-only', expected: { status: 'partial' } },
  { name: 'does not take the EIT survey link for the analysis (trap)', fixture: 'trap-eit-survey', expected: { status: 'fail' } },
]);
