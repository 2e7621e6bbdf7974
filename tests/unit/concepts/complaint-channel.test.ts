import { conceptCases } from './helpers';

conceptCases('complaint-channel', [
  { name: 'passes with the agency’s own corruption-complaint form', fixture: 'pass-own-form', expected: { status: 'pass', evidence: '/Corruption/report_form' } },
  { name: 'only a link to the NACC system is nothing of the agency’s own: fail, naming it (criteria.md §4.1 O28)', fixture: 'fail-nacc-link-only', expected: { status: 'fail', missing: 'ป.ป.ช.' } },
  { name: 'a page whose lines only point at the general complaint menu and the NACC describes no channel: fail (trap)', fixture: 'fail-page-points-elsewhere', expected: { status: 'fail' } },
  { name: 'a page describing its own offline channels, with no form online, is the item short of the online part: partial', fixture: 'partial-offline-channels-described', expected: { status: 'partial', missing: 'ช่องทางออนไลน์' } },
  { name: 'does not take the general complaint form for the corruption channel (trap)', fixture: 'trap-general-complaint-form', expected: { status: 'fail' } },
  { name: 'the general complaint form is not made a shared one by the side widget “แจ้งเรื่องร้องเรียนการทุจริต” on every page (trap)', fixture: 'fail-general-form-under-side-widget', expected: { status: 'fail', missing: 'ร้องเรียนร้องทุกข์ทั่วไป' } },
  { name: 'a form shared by general and corruption complaints is not separate (trap)', fixture: 'trap-mixed-general-and-corruption', expected: { status: 'partial', missing: 'แยกต่างหาก' } },
  { name: 'the general form behind the ITA row for the corruption channel is not the item: fail, naming what it is', fixture: 'fail-general-form-behind-ita-row', ruleset: 'ita-2569', item: 'O17', expected: { status: 'fail', missing: 'ร้องเรียนร้องทุกข์ทั่วไป' } },
]);
