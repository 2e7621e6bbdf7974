import { conceptCases } from './helpers';

conceptCases('hr-policy', [
  { name: 'passes with a 3-year staffing plan whose span covers the year', fixture: 'pass-staffing-plan-span', expected: { status: 'pass' } },
  { name: 'is partial with an old policy', fixture: 'partial-expired', expected: { status: 'partial', missing: 'พบปี 2563' } },
  { name: 'does not take the HR report for the policy (trap)', fixture: 'trap-hr-report', expected: { status: 'fail' } },
  { name: '2569 O13 is partial without the HR rules', fixture: 'pass-staffing-plan-span', ruleset: 'ita-2569', item: 'O13', expected: { status: 'partial', missing: 'หลักเกณฑ์' } },
]);
