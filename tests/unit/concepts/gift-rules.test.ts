import { conceptCases } from './helpers';

conceptCases('gift-rules', [
  { name: '2569 O20 passes with the declaration, the gift rules and last year’s report', fixture: 'pass-2569-all-parts', ruleset: 'ita-2569', item: 'O20', expected: { status: 'pass' } },
  { name: '2569 O20 is partial without the gift rules, and says so', fixture: 'partial-2569-no-rules', ruleset: 'ita-2569', item: 'O20', expected: { status: 'partial', missing: 'หลักเกณฑ์การรับทรัพย์สิน' } },
  { name: 'a register of gifts received is not the rules (trap)', fixture: 'trap-gift-register-is-not-rules', ruleset: 'ita-2569', item: 'O20', expected: { status: 'partial', missing: 'หลักเกณฑ์การรับทรัพย์สิน' } },
]);
