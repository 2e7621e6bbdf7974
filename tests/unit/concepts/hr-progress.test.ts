import { conceptCases } from './helpers';

conceptCases('hr-progress', [
  { name: 'passes with the six-month progress of the current year', fixture: 'pass-six-month', expected: { status: 'pass' } },
  { name: 'is partial when it does not show the first six months', fixture: 'partial-no-half-year', expected: { status: 'partial', missing: '6 เดือนแรก' } },
  { name: 'does not take the HR rules for the progress (trap)', fixture: 'trap-hr-rules', expected: { status: 'fail' } },
]);
