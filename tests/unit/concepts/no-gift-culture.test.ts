import { conceptCases } from './helpers';

conceptCases('no-gift-culture', [
  { name: 'passes with a No Gift activity dated in the year', fixture: 'pass-activity', expected: { status: 'pass' } },
  { name: 'is partial with an activity of an old year', fixture: 'partial-old-activity', expected: { status: 'partial', missing: '2566' } },
  { name: 'an ITA 2567 row titled “ปีงบประมาณ พ.ศ. 2567” over last year’s activity post: the post says its year (trap)', fixture: 'partial-ita-row-claims-the-year', ruleset: 'ita-2567', item: 'O32', expected: { status: 'partial', missing: '2567' } },
  { name: 'does not take the declaration for the culture activity (trap)', fixture: 'trap-declaration', expected: { status: 'fail' } },
]);
