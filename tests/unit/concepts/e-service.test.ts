import { conceptCases } from './helpers';

conceptCases('e-service', [
  { name: 'passes with an online request form on the site', fixture: 'pass-online-form', expected: { status: 'pass', evidence: '/Pages/menu_eservice' } },
  { name: 'passes with the agency’s own e-service sub-domain', fixture: 'pass-agency-subdomain', expected: { status: 'pass' } },
  { name: 'forms to download are not an online service: the E-Service is not found, and the checklist says so', fixture: 'fail-forms-to-download', expected: { status: 'fail', missing: 'ดาวน์โหลด' } },
  { name: 'does not take e-GP or e-Plan for the agency’s e-service (trap)', fixture: 'trap-egp-and-eplan', expected: { status: 'fail' } },
  { name: '2569 O10 is partial without statistics of online requests', fixture: 'pass-online-form', ruleset: 'ita-2569', item: 'O10', expected: { status: 'partial', missing: 'สถิติ' } },
  { name: '2569 O10 takes the statistics from a tab of the E-Service page itself (collapsed content is published)', fixture: 'pass-statistics-in-a-tab', ruleset: 'ita-2569', item: 'O10', expected: { status: 'pass' } },
  { name: '2569 O10 takes the statistics from a tab of the page that leads to the request form', fixture: 'pass-statistics-in-a-tab-before-the-form', ruleset: 'ita-2569', item: 'O10', expected: { status: 'pass' } },
]);
