import { conceptCases } from './helpers';

conceptCases('staff-manual', [
  { name: 'passes with the staff’s work manuals', fixture: 'pass-manual-list', expected: { status: 'pass' } },
  { name: 'is partial when the manual’s file is broken (404)', fixture: 'partial-broken-file', expected: { status: 'partial', missing: 'เปิดไม่ได้' } },
  { name: 'does not take the manual for citizens for the staff manual (trap)', fixture: 'trap-citizen-manual', expected: { status: 'fail' } },
]);
