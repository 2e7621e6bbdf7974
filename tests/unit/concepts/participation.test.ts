import { conceptCases } from './helpers';

conceptCases('participation', [
  { name: 'passes with a public hearing dated in the year', fixture: 'pass-activity-post', expected: { status: 'pass' } },
  { name: 'a line pointing at a comment box is a channel, not an activity: not found', fixture: 'fail-comment-box', expected: { status: 'fail', missing: 'มีแต่หัวข้อ' } },
  { name: 'does not take the ASEAN Community (ประชาคมอาเซียน) for a public hearing (trap)', fixture: 'trap-asean-community', expected: { status: 'fail' } },
]);
