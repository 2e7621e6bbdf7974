import { conceptCases } from './helpers';

conceptCases('satisfaction-survey', [
  { name: 'passes with the report of last year’s survey', fixture: 'pass-survey-report', expected: { status: 'pass' } },
  { name: 'the blank questionnaire alone is not the report: fail', fixture: 'fail-questionnaire-only', expected: { status: 'fail' } },
  { name: 'an ITA post titled as the report that attaches only the blank form: the report is not found', fixture: 'fail-post-with-blank-form', expected: { status: 'fail' } },
  { name: 'a link titled as the report that opens the blank questionnaire page is not the report: fail, saying what is there (trap)', fixture: 'fail-report-link-opens-questionnaire', expected: { status: 'fail', missing: 'แบบประเมินความพึงพอใจ' } },
  { name: 'does not take a staff satisfaction survey for the service survey (trap)', fixture: 'trap-staff-satisfaction', expected: { status: 'fail' } },
]);
