import { conceptCases } from './helpers';

conceptCases('participation', [
  { name: 'passes with a public hearing dated in the year', fixture: 'pass-activity-post', expected: { status: 'pass' } },
  { name: 'a line pointing at a comment box is a channel, not an activity: not found', fixture: 'fail-comment-box', expected: { status: 'fail', missing: 'มีแต่หัวข้อ' } },
  { name: 'does not take the ASEAN Community (ประชาคมอาเซียน) for a public hearing (trap)', fixture: 'trap-asean-community', expected: { status: 'fail' } },
  { name: 'a forum held in September and posted in October belongs to September’s fiscal year (trap)', fixture: 'partial-held-last-year-posted-this-year', expected: { status: 'partial', missing: 'กิจกรรมจัดเมื่อ 25 กันยายน 2565' } },
  { name: 'a forum of June 2565 held for the plan 2566–2570 is FY 2565’s: the plan’s span does not date the activity (trap)', fixture: 'partial-forum-for-plan-span', expected: { status: 'partial', missing: '16 มิถุนายน 2565' } },
  { name: 'a forum held on 1 October is of the new fiscal year', fixture: 'pass-held-after-october', expected: { status: 'pass' } },
]);
