import { conceptCases } from './helpers';

conceptCases('e-service', [
  { name: 'passes with an online request form on the site', fixture: 'pass-online-form', expected: { status: 'pass', evidence: '/Pages/menu_eservice' } },
  { name: 'passes with the agency’s own e-service sub-domain', fixture: 'pass-agency-subdomain', expected: { status: 'pass' } },
  { name: 'forms to download are not an online service: the E-Service is not found, and the checklist says so', fixture: 'fail-forms-to-download', expected: { status: 'fail', missing: 'ดาวน์โหลด' } },
  { name: 'does not take e-GP or e-Plan for the agency’s e-service (trap)', fixture: 'trap-egp-and-eplan', expected: { status: 'fail' } },
]);
