import { conceptCases } from './helpers';

conceptCases('executives', [
  { name: 'passes with name, position, photo and contact for both sides', fixture: 'pass-cards-both-sides', expected: { status: 'pass' } },
  { name: 'is partial and names who lacks a contact channel (entity-coded legacy page)', fixture: 'partial-no-contact-legacy', expected: { status: 'partial', missing: 'ช่องทางการติดต่อ' } },
  { name: 'does not count a vacant card with a placeholder photo (trap)', fixture: 'trap-vacant-placeholder', expected: { status: 'partial', missing: 'ฝ่ายข้าราชการประจำ' } },
  { name: 'does not take a message or a policy of the executives for the list (trap)', fixture: 'trap-executive-message', expected: { status: 'fail' } },
  { name: '2568 O2 is judged the same way', fixture: 'pass-cards-both-sides', ruleset: 'ita-2568', item: 'O2', expected: { status: 'pass' } },
  { name: 'passes with the political side on one page whose tabs link the permanent side’s page', fixture: 'pass-two-pages-with-tabs', expected: { status: 'pass' } },
  { name: 'a provincial office (not an อปท.): the พัฒนาการจังหวัด and the group heads are its executives, no political side asked', fixture: 'pass-provincial-office-head-and-group-heads', expected: { status: 'pass' } },
]);
