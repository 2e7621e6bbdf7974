/** The bundled rule sets, newest last. The default is the newest (contracts/report.md). */
import type { RuleSet } from '../rules';
import ita2566 from './ita-2566';

export const RULESETS: RuleSet[] = [ita2566];

export const DEFAULT_RULESET_ID = RULESETS[RULESETS.length - 1].id;

export function getRuleSet(id: string): RuleSet | undefined {
  return RULESETS.find((r) => r.id === id);
}
