import { conceptCases } from './helpers';

conceptCases('ethics-assessment', [
  { name: 'passes with last year’s assessment report', fixture: 'pass-report', expected: { status: 'pass' } },
  { name: 'is partial with an old report', fixture: 'partial-old-report', expected: { status: 'partial' } },
  { name: 'does not take the code of ethics for its assessment (trap)', fixture: 'trap-code', expected: { status: 'fail' } },
]);
