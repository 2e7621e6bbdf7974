import { conceptCases } from './helpers';

conceptCases('hr-rules', [
  { name: 'passes with the agency’s HR rules', fixture: 'pass-rules-document', expected: { status: 'pass' } },
  { name: 'is partial with recruitment rules only, and names the other rules', fixture: 'partial-recruitment-only', expected: { status: 'partial', missing: 'หลักเกณฑ์การประเมินผลการปฏิบัติงาน' } },
  { name: 'does not take the gift-acceptance rules for HR rules (trap)', fixture: 'trap-gift-rules', expected: { status: 'fail' } },
  { name: 'does not take the HR Act, even listed as “หลักเกณฑ์การบริหารงานบุคคล”, for the agency’s HR rules (trap)', fixture: 'trap-hr-act', expected: { status: 'fail', missing: 'หลักเกณฑ์การสรรหาและคัดเลือก' } },
  { name: 'a link titled as the rules whose file is the Act is not the rules: fail, naming the file (trap)', fixture: 'trap-hr-act-file', expected: { status: 'fail', missing: 'พรบ.ระเบียบบริหารงานบุคคล 2542' } },
]);
