import { conceptCases } from './helpers';

conceptCases('service-statistics', [
  { name: 'passes with the current year’s service statistics', fixture: 'pass-statistics-current', expected: { status: 'pass' } },
  { name: 'is partial with statistics of an old year', fixture: 'partial-old-statistics', expected: { status: 'partial', missing: '2566' } },
  { name: 'does not take the web-site visitor counter for service statistics (trap)', fixture: 'trap-visitor-counter', expected: { status: 'fail' } },
  { name: 'is partial with statistics of the year that stop at December (ต.ค.–ธ.ค. of the first six months)', fixture: 'partial-three-months', expected: { status: 'partial', missing: 'ไม่ครบ 6 เดือนแรก' } },
]);
