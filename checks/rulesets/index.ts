/**
 * The bundled rule sets, oldest first; the default is the newest (contracts/report.md: "default:
 * the newest bundled one"). ITA 2570 is not shipped: nothing about it was found
 * (update-2568-2570.md §5), and a copy of 2569 would claim more than is known.
 */
import type { RuleSet } from '../rules';
import ita2566 from './ita-2566';
import ita2567 from './ita-2567';
import ita2568 from './ita-2568';
import ita2569 from './ita-2569';

export const RULESETS: RuleSet[] = [ita2566, ita2567, ita2568, ita2569];

export const DEFAULT_RULESET_ID = RULESETS[RULESETS.length - 1].id;

export function getRuleSet(id: string): RuleSet | undefined {
  return RULESETS.find((r) => r.id === id);
}
