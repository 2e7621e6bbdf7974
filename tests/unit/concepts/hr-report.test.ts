import { conceptCases } from './helpers';

conceptCases('hr-report', [
  { name: 'passes with the HR report of the previous year', fixture: 'pass-previous-year', expected: { status: 'pass' } },
  { name: 'is partial with an old report', fixture: 'partial-old-report', expected: { status: 'partial', missing: '2565' } },
  { name: 'does not take a six-month report for the annual HR report (trap)', fixture: 'trap-six-month', expected: { status: 'fail' } },
]);
