import { conceptCases } from './helpers';

conceptCases('authority', [
  { name: 'passes with a page that summarises the powers and duties', fixture: 'pass-summary-page', expected: { status: 'pass', evidence: '/Pages/authority' } },
  { name: 'fails when only the whole Act is linked (the law is not the agency’s own summary), and says so', fixture: 'fail-whole-act', expected: { status: 'fail', missing: 'กฎหมายทั้งฉบับ' } },
  { name: 'does not take a delegation order for the powers and duties (trap)', fixture: 'trap-delegation-order', expected: { status: 'fail' } },
  { name: 'a sentence pointing at the two whole Acts, beside a long repeated side column, is the law: fail', fixture: 'fail-acts-behind-a-sentence', expected: { status: 'fail', missing: 'กฎหมายทั้งฉบับ' } },
  { name: 'a line pointing at the ministerial regulation (กฎกระทรวง) is the whole law, not a summary: fail (trap)', fixture: 'fail-ministerial-regulation-only', expected: { status: 'fail' } },
]);
