import { conceptCases } from './helpers';

conceptCases('complaint-guide', [
  { name: 'a manual read in full whose first lines run from its title into “1. ช่องทางการร้องเรียน” is the guide, not another item’s document', fixture: 'pass-manual-read-opening-runs-on', expected: { status: 'pass' } },
  { name: 'passes with the corruption-complaint guide', fixture: 'pass-guide', expected: { status: 'pass' } },
  { name: 'is only partial with a manual for complaints in general', fixture: 'partial-general-manual', expected: { status: 'partial' } },
  { name: 'does not take the general complaint form or the statistics for the guide (trap)', fixture: 'trap-complaint-form', expected: { status: 'fail' } },
]);
