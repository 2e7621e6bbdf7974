import { conceptCases } from './helpers';

conceptCases('hr-rules', [
  { name: 'passes with the agency’s HR rules', fixture: 'pass-rules-document', expected: { status: 'pass' } },
  { name: 'is partial with recruitment rules only, and names the other rules', fixture: 'partial-recruitment-only', expected: { status: 'partial', missing: 'หลักเกณฑ์การประเมินผลการปฏิบัติงาน' } },
  { name: 'does not take the gift-acceptance rules for HR rules (trap)', fixture: 'trap-gift-rules', expected: { status: 'fail' } },
]);
