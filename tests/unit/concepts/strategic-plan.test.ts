import { conceptCases } from './helpers';

conceptCases('strategic-plan', [
  { name: 'passes with a local development plan whose span covers the year', fixture: 'pass-local-plan-span', expected: { status: 'pass' } },
  { name: 'is partial when the only plan ended before the year, and says which years it found', fixture: 'partial-expired-plan', expected: { status: 'partial', missing: 'พบปี 2561' } },
  { name: 'a current plan whose link answers 404 does not date the page: the plan that opens is last term’s, partial (trap)', fixture: 'partial-current-plan-link-broken', expected: { status: 'partial', missing: 'พบปี 2561' } },
  { name: 'the current plan only as a scan beside last term’s text plan is review: the readable old plan does not make it found (trap)', fixture: 'review-current-plan-scanned', expected: { status: 'review' } },
  { name: 'does not take the plan’s monitoring report for the plan (trap)', fixture: 'trap-monitoring-report', expected: { status: 'fail' } },
  { name: 'vision and mission alone are not a plan (trap)', fixture: 'trap-vision-only', expected: { status: 'partial' } },
  { name: '2569 O5: the 2566–2570 plan still covers the year', fixture: 'pass-local-plan-span', ruleset: 'ita-2569', item: 'O5', expected: { status: 'pass' } },
  { name: 'does not take the Interior regulation on making plans for the plan (trap)', fixture: 'trap-planning-regulation', expected: { status: 'fail' } },
]);
