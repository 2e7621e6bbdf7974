import { conceptCases } from './helpers';

conceptCases('social-network', [
  { name: 'passes with icon-only links to the agency’s Facebook and YouTube', fixture: 'pass-icon-only-facebook', expected: { status: 'pass', evidence: 'https://www.facebook.com/profile.php?id=100089753126712' } },
  { name: 'is partial when the Social Network page links no account', fixture: 'partial-empty-social-page', expected: { status: 'partial', missing: 'สื่อสังคมออนไลน์' } },
  { name: 'does not take share buttons for the agency’s account (trap)', fixture: 'trap-share-buttons', expected: { status: 'fail' } },
]);
