import { conceptCases } from './helpers';

conceptCases('no-gift-declaration', [
  { name: 'passes when a title cut with "..." leads to the declaration of the year', fixture: 'pass-truncated-title', expected: { status: 'pass', evidence: '/public/list/data/detail/id/2701/menu/1685' } },
  { name: 'is partial with last year’s declaration', fixture: 'partial-last-year', expected: { status: 'partial', missing: 'พบปี 2565' } },
  { name: 'a cut title that leads to the No Gift report is not the declaration (trap)', fixture: 'trap-truncated-report', expected: { status: 'fail' } },
  { name: 'is partial when the declaration, read in full, has no signing block (criteria.md §4.1 O31)', fixture: 'partial-unsigned-declaration', expected: { status: 'partial', missing: 'การลงนามโดยผู้บริหารสูงสุด' } },
  { name: 'passes when the declaration read is signed and dated by the mayor', fixture: 'pass-signed-declaration', expected: { status: 'pass' } },
  { name: 'is partial when the page types out the declaration without a signature', fixture: 'partial-unsigned-page', expected: { status: 'partial', missing: 'การลงนาม' } },
  { name: 'a page showing the signed declaration as a photo is not judged unsigned (trap)', fixture: 'pass-signed-photo', expected: { status: 'pass' } },
  { name: '2568 O21 is partial without the culture activity', fixture: 'pass-truncated-title', ruleset: 'ita-2568', item: 'O21', expected: { status: 'partial', missing: 'วัฒนธรรม' } },
  { name: 'a side column "ITA ๒๕๖๖" repeated on every page does not date last year’s declaration (trap)', fixture: 'trap-sidebar-year', expected: { status: 'partial', missing: 'พบปี 2565' } },
  { name: 'the permanent secretary’s ministry-wide declaration is not the hospital head’s: fail (trap)', fixture: 'fail-ministry-declaration-only', expected: { status: 'fail', missing: 'สำนักงานปลัดกระทรวงสาธารณสุข' } },
]);
