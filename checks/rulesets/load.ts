/**
 * Loading a rule set a user supplies as JSON (a corrected year): validated by the zod schema, with
 * errors that name the bad field, and every concept and detector it names checked to exist.
 */
import { z } from 'zod';
import { CONCEPTS } from '../concepts';
import { DETECTORS } from '../detectors';
import { RuleSet } from '../rules';

export class RuleSetError extends Error {}

/** The rule-set file format this version reads; a file may say so in an optional `schema` field. */
export const RULESET_SCHEMA = 'oit-ruleset/1';

/**
 * Bounds on a user-supplied file, checked before zod (issue #6): a real year has about 40 items
 * and a report holds at most 200 (checks/report/schema.ts), terms lists are tens long.
 */
const LIMITS = { items: 200, array: 1000, string: 10_000, depth: 24, nodes: 100_000 };
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Rejects, naming the place, what no real rule set holds: prototype keys, huge or deep values, another format version. */
function checkShape(json: unknown): void {
  const fail = (path: string, why: string) => {
    throw new RuleSetError(`invalid rule set: ${path || '(root)'}: ${why}`);
  };
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const { schema, items } = json as { schema?: unknown; items?: unknown };
    if (schema !== undefined && schema !== RULESET_SCHEMA) fail('schema', `unknown rule set format "${String(schema).slice(0, 40)}" (this version reads "${RULESET_SCHEMA}")`);
    if (Array.isArray(items) && items.length > LIMITS.items) fail('items', `too many items: ${items.length} (at most ${LIMITS.items})`);
  }
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: json, path: '', depth: 0 }];
  for (let nodes = 0; stack.length; nodes++) {
    const { v, path, depth } = stack.pop()!;
    if (nodes > LIMITS.nodes) fail('(root)', `too large (more than ${LIMITS.nodes} values)`);
    if (typeof v === 'string' && v.length > LIMITS.string) fail(path, `text too long: ${v.length} characters (at most ${LIMITS.string})`);
    if (!v || typeof v !== 'object') continue;
    if (depth > LIMITS.depth) fail(path, `nested too deep (more than ${LIMITS.depth} levels)`);
    if (Array.isArray(v)) {
      if (v.length > LIMITS.array) fail(path, `list too long: ${v.length} entries (at most ${LIMITS.array})`);
      v.forEach((x, i) => stack.push({ v: x, path: `${path}${path ? '.' : ''}${i}`, depth: depth + 1 }));
    } else {
      for (const k of Object.keys(v)) {
        const at = `${path}${path ? '.' : ''}${k}`;
        if (FORBIDDEN_KEYS.has(k)) fail(at, `the key "${k}" is not allowed`);
        stack.push({ v: (v as Record<string, unknown>)[k], path: at, depth: depth + 1 });
      }
    }
  }
}

export function parseRuleSet(json: unknown): RuleSet {
  checkShape(json);
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
