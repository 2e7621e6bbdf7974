import { conceptCases } from './helpers';

conceptCases('gift-report', [
  { name: 'passes with last year’s No Gift report', fixture: 'pass-previous-year-report', expected: { status: 'pass', note: 'ปีงบประมาณที่ผ่านมา' } },
  { name: 'is partial with an old report', fixture: 'partial-old-report', expected: { status: 'partial', missing: 'พ.ศ. 2565' } },
  { name: 'does not take the gift-acceptance rules for the report (trap)', fixture: 'trap-gift-rules', expected: { status: 'fail' } },
  { name: '2568 O22 takes the same concept under its new title', fixture: 'pass-previous-year-report', ruleset: 'ita-2568', item: 'O22', expected: { status: 'partial', missing: '2567' } },
  { name: 'a placeholder page is not found, and the survey banner beside every heading is no evidence (trap)', fixture: 'fail-placeholder-beside-banner', ruleset: 'ita-2568', item: 'O22', expected: { status: 'fail', missing: 'ยังไม่มีเนื้อหา' } },
]);
