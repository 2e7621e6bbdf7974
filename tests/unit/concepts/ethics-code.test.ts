import { conceptCases } from './helpers';

conceptCases('ethics-code', [
  { name: 'passes with the code of ethics', fixture: 'pass-code', expected: { status: 'pass' } },
  { name: 'fails when the file is HTML in place of a PDF, and says it does not open', fixture: 'fail-broken-file', expected: { status: 'fail', missing: 'เปิดไม่ได้' } },
  { name: 'does not take the ethics assessment for the code (trap)', fixture: 'trap-ethics-assessment', expected: { status: 'fail' } },
  { name: '2568 O16 is partial without the ethics promotion', fixture: 'pass-code', ruleset: 'ita-2568', item: 'O16', expected: { status: 'partial', missing: 'การขับเคลื่อนจริยธรรม' } },
]);
