import { conceptCases } from './helpers';

conceptCases('service-statistics', [
  { name: 'passes with the current year’s service statistics', fixture: 'pass-statistics-current', expected: { status: 'pass' } },
  { name: 'is partial with statistics of an old year', fixture: 'partial-old-statistics', expected: { status: 'partial', missing: '2566' } },
  { name: 'does not take the web-site visitor counter for service statistics (trap)', fixture: 'trap-visitor-counter', expected: { status: 'fail' } },
]);
