/**
 * Loading a rule set a user supplies as JSON (a corrected year): validated by the zod schema, with
 * errors that name the bad field, and every concept and detector it names checked to exist.
 */
import { z } from 'zod';
import { CONCEPTS } from '../concepts';
import { DETECTORS } from '../detectors';
import { RuleSet } from '../rules';

export class RuleSetError extends Error {}

export function parseRuleSet(json: unknown): RuleSet {
  const r = RuleSet.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0];
    const path = first.path.length ? first.path.join('.') : '(root)';
    throw new RuleSetError(`invalid rule set: ${path}: ${first.message}${r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more)` : ''}\n${z.prettifyError(r.error)}`);
  }
  const codes = new Set<string>();
  r.data.items.forEach((item, i) => {
    if (codes.has(item.code)) throw new RuleSetError(`invalid rule set: items.${i}.code: duplicate item code ${item.code}`);
    codes.add(item.code);
    if (!CONCEPTS[item.concept]) throw new RuleSetError(`invalid rule set: items.${i}.concept: unknown concept "${item.concept}" (known: ${Object.keys(CONCEPTS).join(', ')})`);
    (item.components ?? []).forEach((c, j) => {
      if (!DETECTORS[c.detector]) throw new RuleSetError(`invalid rule set: items.${i}.components.${j}.detector: unknown detector "${c.detector}"`);
    });
    if (!r.data.sections.some((s) => s.id === item.section)) throw new RuleSetError(`invalid rule set: items.${i}.section: unknown section "${item.section}"`);
  });
  return r.data;
}
