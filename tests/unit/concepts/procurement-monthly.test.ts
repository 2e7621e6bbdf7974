import { conceptCases } from './helpers';

conceptCases('procurement-monthly', [
  { name: 'passes with a summary for each month ต.ค. 2565 – มี.ค. 2566', fixture: 'pass-six-months', expected: { status: 'pass' } },
  { name: 'is partial and names the missing months (last year’s March does not count)', fixture: 'partial-missing-months', expected: { status: 'partial', missing: 'มกราคม 2566, กุมภาพันธ์ 2566, มีนาคม 2566' } },
  { name: 'a month whose link answers 404 is missing: the assessor cannot open it (trap)', fixture: 'partial-month-link-dead', expected: { status: 'partial', missing: 'มกราคม 2566' } },
  { name: 'a month whose file answers 404 is missing too', fixture: 'partial-month-file-dead', expected: { status: 'partial', missing: 'มกราคม 2566' } },
  { name: 'does not take the annual report for the monthly summaries (trap)', fixture: 'trap-annual-report', expected: { status: 'fail' } },
  { name: '2569 O11: the 2566 months are of an old year', fixture: 'pass-six-months', ruleset: 'ita-2569', item: 'O11', expected: { status: 'partial', missing: 'ตุลาคม 2568' } },
  { name: 'an upload date (10 กุมภาพันธ์ 2566) is not February’s summary (trap)', fixture: 'partial-upload-dates', expected: { status: 'partial', missing: 'กุมภาพันธ์ 2566' } },
]);
