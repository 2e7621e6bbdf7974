import { conceptCases } from './helpers';

conceptCases('no-gift-declaration', [
  { name: 'passes when a title cut with "..." leads to the declaration of the year', fixture: 'pass-truncated-title', expected: { status: 'pass', evidence: '/public/list/data/detail/id/2701/menu/1685' } },
  { name: 'is partial with last year’s declaration', fixture: 'partial-last-year', expected: { status: 'partial', missing: 'พบปี 2565' } },
  { name: 'a cut title that leads to the No Gift report is not the declaration (trap)', fixture: 'trap-truncated-report', expected: { status: 'fail' } },
  { name: '2568 O21 is partial without the culture activity', fixture: 'pass-truncated-title', ruleset: 'ita-2568', item: 'O21', expected: { status: 'partial', missing: 'วัฒนธรรม' } },
  { name: 'a side column "ITA ๒๕๖๖" repeated on every page does not date last year’s declaration (trap)', fixture: 'trap-sidebar-year', expected: { status: 'partial', missing: 'พบปี 2565' } },
]);
