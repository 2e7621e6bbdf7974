import { conceptCases } from './helpers';

conceptCases('procurement-progress', [
  { name: '2568 O12 passes with the list and progress of the year', fixture: 'pass-list-and-progress', expected: { status: 'pass' } },
  { name: 'a monthly summary alone shows no progress: partial', fixture: 'partial-summary-only', expected: { status: 'partial' } },
  { name: 'does not take the procurement plan for the progress (trap)', fixture: 'trap-procurement-plan', expected: { status: 'fail' } },
]);
