import { conceptCases } from './helpers';

conceptCases('laws', [
  { name: 'passes with a list of the laws the agency works under', fixture: 'pass-law-list', expected: { status: 'pass' } },
  { name: 'a page that only says it is being prepared is not found: placeholder content is not published', fixture: 'partial-placeholder-page', expected: { status: 'fail', missing: 'ยังไม่มีเนื้อหา' } },
  { name: 'does not take the budget ordinance for the laws (trap)', fixture: 'trap-budget-ordinance', expected: { status: 'fail' } },
  { name: 'passes with a page listing the laws as links to their text on krisdika.go.th', fixture: 'pass-links-to-the-laws-on-krisdika', expected: { status: 'pass', evidence: '/lawlink.php?menuid=1' } },
  { name: 'two law links are no list: a person looks at the laws outside the site', fixture: 'review-two-law-links-only', expected: { status: 'review' } },
]);
