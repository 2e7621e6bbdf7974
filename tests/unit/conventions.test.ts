/**
 * The conventions the rule data must keep (style.md §15, like ESLint's checkRuleFiles): every rule
 * set parses and lists its items once, in O-order; every concept an item names exists, cites
 * shared/oit, has normalised terms, its table test and its fixtures (a pass, a partial/fail/review
 * and a trap); every detector named exists. Each failure says how to fix it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../checks/concepts';
import { DETECTORS } from '../../checks/detectors';
import { Concept, RuleSet, type Component } from '../../checks/rules';
import { DEFAULT_RULESET_ID, RULESETS } from '../../checks/rulesets';
import { parseRuleSet } from '../../checks/rulesets/load';
import { normalize } from '../../checks/thai/normalize';

const ROOT = join(__dirname, '../..');
const conceptFile = (id: string) => join(ROOT, 'checks/concepts', `${id}.ts`);
const conceptTest = (id: string) => join(ROOT, 'tests/unit/concepts', `${id}.test.ts`);
const fixtureDir = (id: string) => join(ROOT, 'tests/fixtures/concepts', id);

/** Concepts that components name (a merged item's second part). */
function companionsOf(components: Component[]): string[] {
  return components.filter((c) => c.detector === 'companion').map((c) => String((c.params as { concept?: string }).concept));
}

describe('rule sets', () => {
  it('are ordered oldest to newest, and the default is the newest', () => {
    const years = RULESETS.map((r) => r.fiscalYear);
    expect(years, 'RULESETS in checks/rulesets/index.ts must go from the oldest year to the newest').toEqual([...years].sort());
    expect(DEFAULT_RULESET_ID).toBe(RULESETS[RULESETS.length - 1].id);
  });

  for (const r of RULESETS) {
    describe(r.id, () => {
      it('parses, also as JSON a user could load', () => {
        expect(RuleSet.safeParse(r).success).toBe(true);
        expect(() => parseRuleSet(JSON.parse(JSON.stringify(r)))).not.toThrow();
      });

      it('lists every item once, in O-order (O1, O2, …)', () => {
        const codes = r.items.map((i) => i.code);
        expect(codes, `${r.id}: item codes must run O1…O${codes.length} with no gap or repeat`).toEqual(codes.map((_, k) => `O${k + 1}`));
      });

      it('names only known sections, concepts and detectors', () => {
        for (const item of r.items) {
          expect(r.sections.map((s) => s.id), `${r.id} ${item.code}: add section "${item.section}" to the rule set`).toContain(item.section);
          expect(CONCEPTS[item.concept], `${r.id} ${item.code}: concept "${item.concept}" is not in checks/concepts/index.ts`).toBeDefined();
          for (const c of item.components ?? []) expect(DETECTORS[c.detector], `${r.id} ${item.code}: detector "${c.detector}" is not in checks/detectors/index.ts`).toBeDefined();
          for (const id of companionsOf(item.components ?? [])) expect(CONCEPTS[id], `${r.id} ${item.code}: companion concept "${id}" does not exist`).toBeDefined();
        }
      });

      it('gives every component valid parameters', () => {
        for (const item of r.items) {
          for (const c of item.components ?? CONCEPTS[item.concept].components) {
            const parsed = DETECTORS[c.detector].params.safeParse(c.params ?? {});
            expect(parsed.success, `${r.id} ${item.code} component ${c.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
          }
        }
      });

      it('cites shared/oit for the rule set and every item', () => {
        expect(r.source).toContain('shared/oit/');
        for (const item of r.items) expect(item.source, `${r.id} ${item.code}: cite shared/oit/criteria.md in "source"`).toContain('shared/oit/');
      });
    });
  }

  it('ita-2566 and ita-2567 cover O1–O43; ita-2568 and ita-2569 have 26 items (criteria.md §0)', () => {
    const count = (id: string) => RULESETS.find((r) => r.id === id)?.items.length;
    expect([count('ita-2566'), count('ita-2567'), count('ita-2568'), count('ita-2569')]).toEqual([43, 43, 26, 26]);
  });
});

describe('concepts', () => {
  const used = new Set<string>();
  for (const r of RULESETS) {
    for (const item of r.items) {
      used.add(item.concept);
      companionsOf(item.components ?? []).forEach((c) => used.add(c));
    }
  }

  for (const concept of Object.values(CONCEPTS)) {
    describe(concept.id, () => {
      it('parses, lives in its own file, and cites shared/oit in its data and its first comment', () => {
        expect(Concept.safeParse(concept).success).toBe(true);
        expect(existsSync(conceptFile(concept.id)), `checks/concepts/${concept.id}.ts must hold the concept "${concept.id}"`).toBe(true);
        expect(concept.source).toContain('shared/oit/');
        const first = readFileSync(conceptFile(concept.id), 'utf8').split('\n')[0];
        expect(first, `the first comment of checks/concepts/${concept.id}.ts must cite shared/oit/criteria.md`).toMatch(/^\/\/.*|^\/\*\*/);
        expect(readFileSync(conceptFile(concept.id), 'utf8').slice(0, 600)).toContain('shared/oit/');
      });

      it('has terms already normalised (checks/thai normalize)', () => {
        const terms = [...concept.names.th, ...concept.names.en, ...concept.weakNames, ...concept.exclude, ...concept.requireAny];
        for (const t of terms) expect(normalize(t), `write "${normalize(t)}" in place of "${t}"`).toBe(t);
      });

      it('has URL patterns that compile', () => {
        for (const u of concept.urls) expect(() => new RegExp(u, 'i'), `bad URL pattern ${u}`).not.toThrow();
      });

      it('names only known detectors, with valid parameters', () => {
        for (const c of concept.components) {
          expect(DETECTORS[c.detector], `detector "${c.detector}" is not in checks/detectors/index.ts`).toBeDefined();
          expect(DETECTORS[c.detector].params.safeParse(c.params ?? {}).success, `${concept.id} component ${c.id}: bad params`).toBe(true);
        }
      });

      it('is used by a rule set', () => {
        expect(used.has(concept.id), `no rule set names "${concept.id}": use it or remove it`).toBe(true);
      });

      it('has its table test and fixtures: a pass, a partial/fail/review, and a trap, each used by the test', () => {
        expect(existsSync(conceptTest(concept.id)), `write tests/unit/concepts/${concept.id}.test.ts (see tests/unit/concepts/helpers.ts)`).toBe(true);
        const dir = fixtureDir(concept.id);
        expect(existsSync(dir), `add fixtures in tests/fixtures/concepts/${concept.id}/`).toBe(true);
        const files = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
        expect(files.some((f) => f.startsWith('pass-')), `add tests/fixtures/concepts/${concept.id}/pass-<case>.html`).toBe(true);
        expect(files.some((f) => /^(partial|fail|review)-/.test(f)), `add tests/fixtures/concepts/${concept.id}/partial-<case>.html (or fail-/review-)`).toBe(true);
        expect(files.some((f) => f.startsWith('trap-')), `add tests/fixtures/concepts/${concept.id}/trap-<case>.html`).toBe(true);
        const test = readFileSync(conceptTest(concept.id), 'utf8');
        for (const f of files) expect(test, `tests/unit/concepts/${concept.id}.test.ts never uses the fixture ${f}.html`).toContain(`'${f}'`);
      });
    });
  }
});

describe('detectors', () => {
  for (const d of Object.values(DETECTORS)) {
    it(`${d.id} lives in checks/detectors/${d.id}.ts and has unit tests`, () => {
      expect(existsSync(join(ROOT, 'checks/detectors', `${d.id}.ts`))).toBe(true);
      expect(existsSync(join(ROOT, 'tests/unit/detectors', `${d.id}.test.ts`)), `write tests/unit/detectors/${d.id}.test.ts`).toBe(true);
    });
  }
});
