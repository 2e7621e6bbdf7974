import { conceptCases } from './helpers';

conceptCases('bribery-risk', [
  { name: '2568 O23 passes with a bribery-risk assessment of the year', fixture: 'pass-bribery-assessment', expected: { status: 'pass' } },
  { name: 'a general corruption-risk assessment is partial', fixture: 'partial-general-risk', expected: { status: 'partial' } },
  { name: 'a bribery-risk link whose read file is the general corruption-risk assessment is the item short of its focus: partial, not another item', fixture: 'partial-general-assessment-behind-bribery-link', ruleset: 'ita-2568', item: 'O23', expected: { status: 'partial' } },
  { name: 'does not take the risk-management results for the assessment (trap)', fixture: 'trap-risk-results', expected: { status: 'fail' } },
]);
