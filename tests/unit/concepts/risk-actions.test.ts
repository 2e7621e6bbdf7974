import { conceptCases } from './helpers';

conceptCases('risk-actions', [
  { name: 'passes with the risk-management measures of the year', fixture: 'pass-actions', expected: { status: 'pass' } },
  { name: 'is partial with an old year’s measures', fixture: 'partial-old-year', expected: { status: 'partial', missing: 'พบปี 2564' } },
  { name: 'does not take the risk assessment for the actions (trap)', fixture: 'trap-assessment', expected: { status: 'fail' } },
  { name: '2569 O22 wants last year’s results', fixture: 'pass-actions', ruleset: 'ita-2569', item: 'O22', expected: { status: 'partial', missing: '2568' } },
]);
