import { conceptCases } from './helpers';

conceptCases('service-statistics', [
  { name: 'passes with the current year’s service statistics', fixture: 'pass-statistics-current', expected: { status: 'pass' } },
  { name: 'is partial with statistics of an old year', fixture: 'partial-old-statistics', expected: { status: 'partial', missing: '2566' } },
  { name: 'a page holding this year’s table of months is this year’s statistics, though last year’s file is attached below it', fixture: 'pass-page-table-last-year-file-attached', expected: { status: 'pass' } },
  { name: 'a month the table names but marks “อยู่ระหว่างรวบรวม” is not covered: partial, naming it (trap)', fixture: 'partial-page-table-month-pending', expected: { status: 'partial', missing: 'มีนาคม 2566' } },
  { name: 'does not take the web-site visitor counter for service statistics (trap)', fixture: 'trap-visitor-counter', expected: { status: 'fail' } },
  { name: 'is partial with statistics of the year that stop at December (ต.ค.–ธ.ค. of the first six months)', fixture: 'partial-three-months', expected: { status: 'partial', missing: 'ไม่ครบ 6 เดือนแรก' } },
]);
