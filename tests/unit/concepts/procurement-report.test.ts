import { conceptCases } from './helpers';

conceptCases('procurement-report', [
  { name: 'passes with the report of the previous year', fixture: 'pass-previous-year', expected: { status: 'pass' } },
  { name: 'a report read in full with its problems and improvements passes', fixture: 'pass-report-with-problems-read', expected: { status: 'pass' } },
  { name: 'a report read in full that gives only totals per method is partial and names the problems (2566/2567 O22)', fixture: 'partial-totals-without-problems', expected: { status: 'partial', missing: 'ปัญหาและอุปสรรค' } },
  { name: 'the 2567 item asks the same', fixture: 'partial-totals-without-problems', ruleset: 'ita-2567', item: 'O22', expected: { status: 'partial', missing: 'ปัญหาและอุปสรรค' } },
  { name: '2568 O13 names no such parts: the totals pass', fixture: 'pass-2568-totals-only', ruleset: 'ita-2568', item: 'O13', expected: { status: 'pass' } },
  { name: 'is partial with only the current year’s report', fixture: 'partial-current-year-only', expected: { status: 'partial', missing: 'ปีงบประมาณที่ผ่านมา' } },
  { name: 'does not take a monthly summary for the annual report (trap)', fixture: 'trap-monthly-summary', expected: { status: 'fail' } },
  { name: '2569 O12 passes with the yearly summary and the 12 monthly files of 2568', fixture: 'pass-2569-with-twelve-months', ruleset: 'ita-2569', item: 'O12', expected: { status: 'pass' } },
  { name: '2569 O12 is partial without the monthly files and names the months', fixture: 'pass-previous-year', ruleset: 'ita-2569', item: 'O12', expected: { status: 'partial', missing: 'ตุลาคม 2567' } },
  { name: '2569 O12 counts the monthly files listed apart under their own name', fixture: 'pass-2569-monthly-list-apart', ruleset: 'ita-2569', item: 'O12', expected: { status: 'pass' } },
  { name: '2569 O12: a yearly summary whose table names every month is one file, not the twelve (trap)', fixture: 'partial-2569-summary-table-only', ruleset: 'ita-2569', item: 'O12', expected: { status: 'partial', missing: 'ตุลาคม 2567' } },
]);
