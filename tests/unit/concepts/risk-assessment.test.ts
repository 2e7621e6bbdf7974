import { conceptCases } from './helpers';

conceptCases('risk-assessment', [
  { name: 'passes with the corruption-risk assessment of the year', fixture: 'pass-assessment', expected: { status: 'pass' } },
  { name: 'an enterprise risk plan that never names corruption is partial', fixture: 'partial-enterprise-risk', expected: { status: 'partial' } },
  { name: 'does not take the results report for the assessment (trap)', fixture: 'trap-risk-results', expected: { status: 'fail' } },
]);
