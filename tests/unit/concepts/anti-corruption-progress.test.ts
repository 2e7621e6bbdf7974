import { conceptCases } from './helpers';

conceptCases('anti-corruption-progress', [
  { name: 'passes with the six-month report ต.ค. 65 – มี.ค. 66', fixture: 'pass-six-month', expected: { status: 'pass' } },
  { name: 'a report not said to be the six-month one is partial', fixture: 'partial-annual-only', expected: { status: 'partial' } },
  { name: 'does not take the plan for its progress report (trap)', fixture: 'trap-plan', expected: { status: 'fail' } },
]);
