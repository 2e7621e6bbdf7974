import { conceptCases } from './helpers';

conceptCases('qa', [
  { name: 'passes with a question board people can post to', fixture: 'pass-webboard', expected: { status: 'pass', evidence: '/Pages/q_a' } },
  { name: 'passes with a LINE Official Account (two-way chat)', fixture: 'pass-line-official-account', expected: { status: 'pass' } },
  { name: 'a static FAQ answers nobody: partial', fixture: 'partial-static-faq', expected: { status: 'partial' } },
  { name: 'does not take a satisfaction questionnaire for Q&A (trap)', fixture: 'trap-satisfaction-questionnaire', expected: { status: 'fail' } },
  { name: 'a Q&A link answering 404 fails, keeps the link and says it does not open', fixture: 'fail-broken-link', expected: { status: 'fail', missing: 'เปิดไม่ได้ (HTTP 404)', evidence: '/webboard/index.php' } },
  { name: 'a Q&A page that timed out needs a person, not a verdict', fixture: 'review-timeout', expected: { status: 'review', note: 'เปิดหน้านี้ไม่ได้ขณะตรวจ' } },
  { name: 'a board page that says it is being prepared is no channel: fail, saying so', fixture: 'fail-placeholder-board', expected: { status: 'fail', missing: 'ยังไม่มีเนื้อหา' } },
]);
