import { conceptCases } from './helpers';

conceptCases('hr-report', [
  { name: 'passes with the HR report of the previous year', fixture: 'pass-previous-year', expected: { status: 'pass' } },
  { name: 'is partial with an old report', fixture: 'partial-old-report', expected: { status: 'partial', missing: '2565' } },
  { name: 'is partial when the report, read in full, has no problems or suggestions (criteria.md §4.1 O26)', fixture: 'partial-report-without-problems', expected: { status: 'partial', missing: 'ปัญหาและอุปสรรค' } },
  { name: 'passes when the report read has its problems and suggestions', fixture: 'pass-report-with-problems-read', expected: { status: 'pass' } },
  { name: 'does not take a six-month report for the annual HR report (trap)', fixture: 'trap-six-month', expected: { status: 'fail' } },
  { name: 'a report posted as pictures of its pages under “ดังรายละเอียดตามภาพ” is for a person to read: review, not partial for parts not seen', fixture: 'review-report-as-pictures', expected: { status: 'review' } },
]);
