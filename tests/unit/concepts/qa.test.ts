import { conceptCases } from './helpers';

conceptCases('qa', [
  { name: 'passes with a question board people can post to', fixture: 'pass-webboard', expected: { status: 'pass', evidence: '/Pages/q_a' } },
  { name: 'passes with a LINE Official Account (two-way chat)', fixture: 'pass-line-official-account', expected: { status: 'pass' } },
  { name: 'a static FAQ answers nobody: partial', fixture: 'partial-static-faq', expected: { status: 'partial' } },
  { name: 'does not take a satisfaction questionnaire for Q&A (trap)', fixture: 'trap-satisfaction-questionnaire', expected: { status: 'fail' } },
]);
