import { conceptCases } from './helpers';

conceptCases('privacy-policy', [
  { name: 'passes with the agency’s personal data protection policy', fixture: 'pass-policy-page', expected: { status: 'pass' } },
  { name: 'a cookie notice alone is partial', fixture: 'partial-cookie-notice-only', expected: { status: 'partial' } },
  { name: 'does not take the Official Information Act centre for the PDPA policy (trap)', fixture: 'trap-official-information-act', expected: { status: 'fail' } },
]);
