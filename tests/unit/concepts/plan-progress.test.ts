import { conceptCases } from './helpers';

conceptCases('plan-progress', [
  { name: 'passes with the report covering ต.ค. 2565 – มี.ค. 2566', fixture: 'pass-six-month-report', expected: { status: 'pass' } },
  { name: 'is partial when the report does not show it covers the first six months', fixture: 'partial-no-half-year', expected: { status: 'partial', missing: '6 เดือนแรก' } },
  { name: 'does not take the annual report for the six-month report (trap)', fixture: 'trap-annual-report', expected: { status: 'fail' } },
  { name: 'a status table without any amount spent is partial, naming the budget', fixture: 'partial-no-budget-spent', expected: { status: 'partial', missing: 'ผลการใช้จ่ายงบประมาณ' } },
]);
