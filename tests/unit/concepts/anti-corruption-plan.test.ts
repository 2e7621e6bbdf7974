import { conceptCases } from './helpers';

conceptCases('anti-corruption-plan', [
  { name: 'passes with a 4-year plan whose span covers the year', fixture: 'pass-four-year-plan', expected: { status: 'pass' } },
  { name: 'is partial with a plan that ended before the year', fixture: 'partial-expired-plan', expected: { status: 'partial', missing: 'พบปี 2561' } },
  { name: 'does not take the plan’s report for the plan (trap)', fixture: 'trap-plan-report', expected: { status: 'fail' } },
]);
