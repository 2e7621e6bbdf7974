import { conceptCases } from './helpers';

conceptCases('complaint-channel', [
  { name: 'passes with the agency’s own corruption-complaint form', fixture: 'pass-own-form', expected: { status: 'pass', evidence: '/Corruption/report_form' } },
  { name: 'is partial with only a link to the NACC system', fixture: 'partial-nacc-link-only', expected: { status: 'partial', missing: 'ป.ป.ช.' } },
  { name: 'does not take the general complaint form for the corruption channel (trap)', fixture: 'trap-general-complaint-form', expected: { status: 'fail' } },
  { name: 'a form shared by general and corruption complaints is not separate (trap)', fixture: 'trap-mixed-general-and-corruption', expected: { status: 'partial', missing: 'แยกต่างหาก' } },
]);
