import { conceptCases } from './helpers';

conceptCases('staff-manual', [
  { name: 'passes with the staff’s work manuals', fixture: 'pass-manual-list', expected: { status: 'pass' } },
  { name: 'fails when the manual’s file is broken (404), and says it does not open', fixture: 'fail-broken-file', expected: { status: 'fail', missing: 'เปิดไม่ได้' } },
  { name: 'does not take the manual for citizens for the staff manual (trap)', fixture: 'trap-citizen-manual', expected: { status: 'fail' } },
]);
