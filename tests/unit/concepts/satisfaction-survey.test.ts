import { conceptCases } from './helpers';

conceptCases('satisfaction-survey', [
  { name: 'passes with the report of last year’s survey', fixture: 'pass-survey-report', expected: { status: 'pass' } },
  { name: 'the questionnaire alone is partial', fixture: 'partial-questionnaire-only', expected: { status: 'partial' } },
  { name: 'does not take a staff satisfaction survey for the service survey (trap)', fixture: 'trap-staff-satisfaction', expected: { status: 'fail' } },
]);
