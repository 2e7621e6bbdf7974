import { conceptCases } from './helpers';

conceptCases('plan-progress', [
  { name: 'passes with the report covering ต.ค. 2565 – มี.ค. 2566', fixture: 'pass-six-month-report', expected: { status: 'pass' } },
  { name: 'is partial when the report does not show it covers the first six months', fixture: 'partial-no-half-year', expected: { status: 'partial', missing: '6 เดือนแรก' } },
  { name: 'does not take the annual report for the six-month report (trap)', fixture: 'trap-annual-report', expected: { status: 'fail' } },
  { name: 'a status table without any amount spent is partial, naming the budget', fixture: 'partial-no-budget-spent', expected: { status: 'partial', missing: 'ผลการใช้จ่ายงบประมาณ' } },
  { name: 'a report titled “รอบ 6 เดือน” whose data run “ณ วันที่ 31 ธันวาคม 2565” stops before March: partial, naming the day (trap)', fixture: 'partial-six-month-title-data-to-december', expected: { status: 'partial', missing: 'ข้อมูลถึงวันที่ 31 ธันวาคม 2565' } },
  { name: 'data “ณ วันที่ 31 มีนาคม 2566”, signed in April, cover the six months', fixture: 'pass-six-month-data-to-march', expected: { status: 'pass' } },
]);
