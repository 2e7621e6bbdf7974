import { conceptCases } from './helpers';

conceptCases('ethics-promotion', [
  { name: 'passes with a working group, Do’s & Don’ts and training in the year', fixture: 'pass-three-parts', expected: { status: 'pass' } },
  { name: 'finds the “Do & Don’t” guidance written in a hidden tab (collapsed content is published)', fixture: 'pass-dos-and-donts-in-hidden-tab', expected: { status: 'pass' } },
  { name: 'is partial with training only, and names the missing parts', fixture: 'partial-training-only', expected: { status: 'partial', missing: 'คณะทำงาน' } },
  { name: 'does not take the ethics assessment for its promotion (trap)', fixture: 'trap-assessment', expected: { status: 'fail' } },
]);
