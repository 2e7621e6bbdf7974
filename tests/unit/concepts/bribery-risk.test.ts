import { conceptCases } from './helpers';

conceptCases('bribery-risk', [
  { name: '2568 O23 passes with a bribery-risk assessment of the year', fixture: 'pass-bribery-assessment', expected: { status: 'pass' } },
  { name: 'a general corruption-risk assessment is partial', fixture: 'partial-general-risk', expected: { status: 'partial' } },
  { name: 'does not take the risk-management results for the assessment (trap)', fixture: 'trap-risk-results', expected: { status: 'fail' } },
]);
