import { conceptCases } from './helpers';

conceptCases('annual-report', [
  { name: 'passes with the report of the previous fiscal year', fixture: 'pass-previous-year', expected: { status: 'pass' } },
  { name: 'is partial with an older report and names the year wanted', fixture: 'partial-old-report', expected: { status: 'partial', missing: 'ปีงบประมาณที่ผ่านมา (พ.ศ. 2565)' } },
  { name: 'the previous year’s report only on Drive beside an older one on the site is review: the old file does not make it found (trap)', fixture: 'review-year-on-drive-old-on-site', expected: { status: 'review' } },
  { name: 'does not take a six-month report for the annual report (trap)', fixture: 'trap-six-month-report', expected: { status: 'fail' } },
  { name: 'a year-titled link whose read file is that year’s six-month report is the report short of its period: partial, not another item', fixture: 'partial-six-month-under-year-title', expected: { status: 'partial', missing: '6 เดือน' } },
  { name: '2569 O7 passes with the previous year’s report under the §6 synonym “ผลงานองค์กร”', fixture: 'pass-organisation-results', ruleset: 'ita-2569', item: 'O7', expected: { status: 'pass' } },
]);
