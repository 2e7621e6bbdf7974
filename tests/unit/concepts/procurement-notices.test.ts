import { conceptCases } from './helpers';

conceptCases('procurement-notices', [
  { name: 'passes with notices dated in the year (e-GP feed)', fixture: 'pass-notices-current', expected: { status: 'pass' } },
  { name: 'is partial when the notices are from an old year', fixture: 'partial-old-notices', expected: { status: 'partial', missing: '2564' } },
  { name: 'asks for review when the notices are only a link to e-GP', fixture: 'review-egp-link-only', expected: { status: 'review' } },
  { name: 'does not take the procurement plan for the notices (trap)', fixture: 'trap-procurement-plan', expected: { status: 'fail' } },
]);
