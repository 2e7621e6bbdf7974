import { conceptCases } from './helpers';

conceptCases('laws', [
  { name: 'passes with a list of the laws the agency works under', fixture: 'pass-law-list', expected: { status: 'pass' } },
  { name: 'a page that only says it is being prepared is not found: placeholder content is not published', fixture: 'partial-placeholder-page', expected: { status: 'fail', missing: 'ยังไม่มีเนื้อหา' } },
  { name: 'does not take the budget ordinance for the laws (trap)', fixture: 'trap-budget-ordinance', expected: { status: 'fail' } },
]);
