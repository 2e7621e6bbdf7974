import { conceptCases } from './helpers';

conceptCases('anti-corruption-progress', [
  { name: 'passes with the six-month report ต.ค. 65 – มี.ค. 66', fixture: 'pass-six-month', expected: { status: 'pass' } },
  { name: 'is partial with the first quarter only, and says the half is not covered', fixture: 'partial-first-quarter-only', expected: { status: 'partial', missing: '6 เดือนแรก' } },
  { name: 'does not take last year’s annual report for the six-month report (trap)', fixture: 'trap-annual-report', expected: { status: 'fail' } },
  { name: 'does not take the plan for its progress report (trap)', fixture: 'trap-plan', expected: { status: 'fail' } },
]);
