import { conceptCases } from './helpers';

conceptCases('laws', [
  { name: 'passes with a list of the laws the agency works under', fixture: 'pass-law-list', expected: { status: 'pass' } },
  { name: 'is partial when the page only says it is being prepared', fixture: 'partial-placeholder-page', expected: { status: 'partial' } },
  { name: 'does not take the budget ordinance for the laws (trap)', fixture: 'trap-budget-ordinance', expected: { status: 'fail' } },
]);
