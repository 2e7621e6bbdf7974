import { conceptCases } from './helpers';

conceptCases('integrity-actions', [
  { name: 'passes with the seed’s six-month report (Thai digits, percent-encoded file name)', fixture: 'pass-seed-report', expected: { status: 'pass' } },
  { name: 'is partial with an old year’s report', fixture: 'partial-old-year', expected: { status: 'partial', missing: 'พบปี 2564' } },
  { name: 'does not take the measures for their implementation (trap)', fixture: 'trap-measures', expected: { status: 'fail' } },
  { name: '2569 O26 wants last year’s results', fixture: 'pass-seed-report', ruleset: 'ita-2569', item: 'O26', expected: { status: 'partial', missing: '2568' } },
]);
