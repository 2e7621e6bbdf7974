import { conceptCases } from './helpers';

conceptCases('integrity-measures', [
  { name: 'passes with the measures of the year', fixture: 'pass-measures', expected: { status: 'pass' } },
  { name: 'is partial with old measures', fixture: 'partial-old-measures', expected: { status: 'partial', missing: 'พบปี 2564' } },
  { name: 'does not take the implementation report for the measures (trap)', fixture: 'trap-implementation-report', expected: { status: 'fail' } },
]);
