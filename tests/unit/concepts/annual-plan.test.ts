import { conceptCases } from './helpers';

conceptCases('annual-plan', [
  { name: 'passes with the plan of the current fiscal year', fixture: 'pass-plan-current-year', expected: { status: 'pass' } },
  { name: 'is partial when only last year’s plan is published (old-year trap)', fixture: 'partial-last-year-only', expected: { status: 'partial', missing: 'ปีงบประมาณ พ.ศ. 2566 (พบปี 2565)' } },
  { name: 'asks for review when the plan is on Google Drive', fixture: 'review-plan-on-drive', expected: { status: 'review' } },
  { name: 'does not take the local development plan or a progress report for the annual plan (trap)', fixture: 'trap-local-development-plan', expected: { status: 'fail' } },
  { name: 'is partial when the plan, read in full, lists projects without any amount (criteria.md §4.1 O11)', fixture: 'partial-plan-without-budget', expected: { status: 'partial', missing: 'งบประมาณของแต่ละโครงการ' } },
  { name: 'passes when the plan read shows each project’s budget and months', fixture: 'pass-plan-table-read', expected: { status: 'pass' } },
  { name: 'a plan read only to its contents page is not judged short of amounts (trap)', fixture: 'trap-plan-read-in-part', expected: { status: 'pass' } },
  { name: 'the year’s budget ordinance beside last year’s plan does not make the plan the year’s (trap)', fixture: 'partial-ordinance-beside-old-plan', expected: { status: 'partial', missing: 'พบปี 2565' } },
  { name: 'an announcement of the year’s plan with "รายละเอียดตามเอกสารแนบ" and no file is not the plan (trap)', fixture: 'partial-announcement-without-the-plan', expected: { status: 'partial', missing: 'พบปี 2565' } },
  { name: '2568 O6: the plan alone is partial without its progress', fixture: 'pass-plan-current-year', ruleset: 'ita-2568', item: 'O6', expected: { status: 'partial', missing: 'ความก้าวหน้า' } },
  { name: 'a yearly plan titled with the agency’s name inside (“แผนปฏิบัติการโรงพยาบาล… ประจำปีงบประมาณ 2566”) is the annual plan', fixture: 'pass-agency-name-inside-title', expected: { status: 'pass' } },
]);
