import { conceptCases } from './helpers';

conceptCases('news', [
  { name: 'passes with news dated in the fiscal year (ต.ค.–ก.ย.), titles cut with "..."', fixture: 'pass-dated-news', expected: { status: 'pass', evidence: '/public/list/data/index/menu/1554' } },
  { name: 'is partial when the newest news is from an earlier year, and says so', fixture: 'partial-stale-news', expected: { status: 'partial', missing: 'ปีงบประมาณ พ.ศ. 2564' } },
  { name: 'the news list is the evidence, not one of its posts (the ITA row’s post, a print view, or a page with the side column of latest news)', fixture: 'pass-list-beats-its-posts', expected: { status: 'pass', evidence: '/webs/th/news/1/' } },
  { name: 'the news list is the evidence, not the home page under a tab’s query (/?qt-home_tabs=1)', fixture: 'pass-list-beats-home-tabs', expected: { status: 'pass', evidence: '/news' } },
  { name: 'does not take procurement news for the agency’s news (trap)', fixture: 'trap-procurement-news', expected: { status: 'fail' } },
  { name: '2568 O4: the same news is of an old year', fixture: 'pass-dated-news', ruleset: 'ita-2568', item: 'O4', expected: { status: 'partial', missing: '2568' } },
]);
