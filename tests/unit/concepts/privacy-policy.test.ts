import { conceptCases } from './helpers';

conceptCases('privacy-policy', [
  { name: 'passes with the agency’s personal data protection policy', fixture: 'pass-policy-page', expected: { status: 'pass' } },
  { name: 'a link titled as the privacy policy that opens the cookie notice: the policy is not found, and the checklist says what the page is (trap)', fixture: 'fail-privacy-link-opens-cookie-notice', expected: { status: 'fail', missing: 'นโยบายคุกกี้' } },
  { name: 'a cookie notice alone is partial', fixture: 'partial-cookie-notice-only', expected: { status: 'partial' } },
  { name: 'does not take the Official Information Act centre for the PDPA policy (trap)', fixture: 'trap-official-information-act', expected: { status: 'fail' } },
  { name: 'does not take the Act (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล) in a law list for the agency’s policy (trap)', fixture: 'trap-pdpa-act-in-law-list', expected: { status: 'fail' } },
]);
