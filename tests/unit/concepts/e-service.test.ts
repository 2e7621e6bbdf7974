import { conceptCases } from './helpers';

conceptCases('e-service', [
  { name: 'passes with an online request form on the site', fixture: 'pass-online-form', expected: { status: 'pass', evidence: '/Pages/menu_eservice' } },
  { name: 'passes with the agency’s own e-service sub-domain', fixture: 'pass-agency-subdomain', expected: { status: 'pass' } },
  { name: 'is partial when the page only offers forms to download', fixture: 'partial-forms-to-download', expected: { status: 'partial', missing: 'ดาวน์โหลด' } },
  { name: 'does not take e-GP or e-Plan for the agency’s e-service (trap)', fixture: 'trap-egp-and-eplan', expected: { status: 'fail' } },
]);
