import { conceptCases } from './helpers';

conceptCases('procurement-plan', [
  { name: 'passes with the procurement plan of the current year', fixture: 'pass-plan-current', expected: { status: 'pass' } },
  { name: 'is partial with an old year’s plan', fixture: 'partial-old-plan', expected: { status: 'partial', missing: 'พบปี 2564' } },
  { name: 'does not take a monthly summary for the plan (trap)', fixture: 'trap-monthly-summary', expected: { status: 'fail' } },
]);
