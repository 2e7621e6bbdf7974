import { conceptCases } from './helpers';

conceptCases('anti-corruption-report', [
  { name: 'passes with the report of the previous year', fixture: 'pass-previous-year', expected: { status: 'pass' } },
  { name: 'is partial with only the current year’s report', fixture: 'partial-current-year', expected: { status: 'partial', missing: 'ปีงบประมาณที่ผ่านมา' } },
  { name: 'does not take a six-month report for the annual one (trap)', fixture: 'trap-six-month', expected: { status: 'fail' } },
  { name: 'a link titled as the report whose read file opens as the plan is not the report (trap)', fixture: 'fail-plan-behind-report-link', expected: { status: 'fail', missing: 'แผนปฏิบัติการป้องกันการทุจริต' } },
]);
