import { conceptCases } from './helpers';

conceptCases('participation', [
  { name: 'passes with a public hearing dated in the year', fixture: 'pass-activity-post', expected: { status: 'pass' } },
  { name: 'a comment box is a channel, not an activity: partial', fixture: 'partial-comment-box', expected: { status: 'partial' } },
  { name: 'does not take the ASEAN Community (ประชาคมอาเซียน) for a public hearing (trap)', fixture: 'trap-asean-community', expected: { status: 'fail' } },
]);
