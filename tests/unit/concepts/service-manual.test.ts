import { conceptCases } from './helpers';

conceptCases('service-manual', [
  { name: 'passes with the manuals for citizens', fixture: 'pass-citizen-manuals', expected: { status: 'pass' } },
  { name: 'steps and times of service alone are partial', fixture: 'partial-steps-only', expected: { status: 'partial' } },
  { name: 'manuals only as posters, each under its caption, are review: the captions are not the steps (trap)', fixture: 'review-posters-with-captions', expected: { status: 'review' } },
  { name: 'does not take the staff’s work manual for the service manual (trap)', fixture: 'trap-staff-manual', expected: { status: 'fail' } },
]);
