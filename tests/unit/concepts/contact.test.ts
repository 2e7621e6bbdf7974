import { conceptCases } from './helpers';

conceptCases('contact', [
  { name: 'passes with address, phone, e-mail and a map', fixture: 'pass-full-contact', expected: { status: 'pass', evidence: '/contact' } },
  { name: 'is partial and names the missing e-mail and map (Thai digits, abbreviations)', fixture: 'partial-no-map-no-email', expected: { status: 'partial', missing: 'แผนที่' } },
  { name: 'does not take the online queue (จองคิวติดต่อราชการ) for contact data (trap)', fixture: 'trap-online-queue', expected: { status: 'fail' } },
  { name: '2568 O3: is partial without a two-way Q&A channel', fixture: 'pass-full-contact', ruleset: 'ita-2568', item: 'O3', expected: { status: 'partial', missing: 'Q&A' } },
]);
