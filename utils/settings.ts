/**
 * The options a person sets once (design.md "options/"): the rule set (ITA year), the crawl budgets
 * and the interface language (the reviewer's name is `reviewerNameItem` in utils/history.ts, where
 * verdicts are kept). One storage key, versioned (style.md §9). Every
 * read is validated field by field: a corrupt field falls back to its default and is reported, the
 * others are kept (Dark Reader `validation.ts`: corrupt storage loses nothing else).
 *
 * zod/mini, not zod: this module is bundled into the popup, whose chunk must stay small
 * (stack-notes.md: 28 kB instead of 94 kB; issue #7 target ≤ 60 kB).
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * Defaults. The budgets mirror `DEFAULT_CRAWL_SETTINGS` (checks/crawl/crawler.ts) but are written
 * out here: importing the crawler would pull it into the popup; tests/unit/extension/settings.test.ts
 * fails when they drift apart. `rulesetId: ''` means "the newest bundled rule set"
 * (`DEFAULT_RULESET_ID`, resolved by `resolveRulesetId` where the rule sets are loaded), so a
 * person who never chose a year follows the newest one (contracts/report.md).
 */
export const DEFAULT_SETTINGS = {
  rulesetId: '',
  language: 'auto',
  maxPages: 300,
  maxDepth: 6,
  timeLimitMin: 10,
  concurrency: 4,
  obeyRobots: true,
} as const satisfies Settings;

const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** Bounds: what a 2-core laptop and a small agency server bear (thai-sites.md §7.10: slow hosts). */
export const SettingsSchema = z.object({
  /** A bundled rule set's id, or '' for the newest. */
  rulesetId: z.string().check(z.maxLength(100)),
  /** `auto` follows `browser.i18n.getUILanguage()`: Thai unless the browser is in English. */
  language: z.enum(['auto', 'th', 'en']),
  maxPages: int(1, 2000),
  maxDepth: int(1, 20),
  timeLimitMin: int(1, 60),
  concurrency: int(1, 8),
  /**
   * Honour robots.txt (its Disallow and Crawl-delay). A webmaster whose own site shuts every robot out
   * (`Disallow: /`, common on hosting defaults) turns it off to audit it; settings stored before this
   * field existed read as on.
   */
  obeyRobots: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export interface ParsedSettings {
  settings: Settings;
  /** Names of the fields that were corrupt and fell back to their default (shown to the person). */
  problems: string[];
}

/** Validate what storage returned: keep every valid field, default the others, say which. */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === null || raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, problems: [] };
  const obj = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(obj[key]);
    if (field.success) settings[key] = field.data;
    else {
      settings[key] = DEFAULT_SETTINGS[key];
      if (key in obj) problems.push(key);
    }
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) problems.push('settings');
  return { settings: settings as Settings, problems };
}

/** `local:settings`, version 1. Stored as written by `saveSettings` (always valid); read through `loadSettings`. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 });

export async function loadSettings(): Promise<ParsedSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (err) {
    // A failed migration or an unreadable value: fall back, never leave the popup blank.
    console.error('OIT Auditor: settings unreadable, using defaults', err);
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['settings'] };
  }
  const parsed = parseSettings(raw);
  if (parsed.problems.length) console.error('OIT Auditor: corrupt settings fields, defaults used for', parsed.problems);
  return parsed;
}

/** Validates before writing: storage only ever holds valid settings from us. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(next);
  await settingsItem.setValue(valid);
  return valid;
}

/** The rule set an audit uses: the chosen one if it is bundled, else the newest (`knownIds` newest last). */
export function resolveRulesetId(s: Settings, knownIds: string[], newest: string): string {
  return s.rulesetId && knownIds.includes(s.rulesetId) ? s.rulesetId : newest;
}

/** The crawl settings an audit runs with (checks/crawl/crawler.ts `CrawlSettings`, the budget part). */
export function crawlBudget(s: Settings): { maxPages: number; maxDepth: number; timeLimitMs: number; concurrency: number; obeyRobots: boolean } {
  return { maxPages: s.maxPages, maxDepth: s.maxDepth, timeLimitMs: s.timeLimitMin * 60_000, concurrency: s.concurrency, obeyRobots: s.obeyRobots };
}
