import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CRAWL_SETTINGS } from '@/checks/crawl/crawler';
import { DEFAULT_RULESET_ID, RULESETS } from '@/checks/rulesets';
import { DEFAULT_SETTINGS, crawlBudget, loadSettings, parseSettings, resolveRulesetId, saveSettings, settingsItem } from '@/utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings defaults', () => {
  it('mirror the crawler defaults (written out to keep the popup small)', () => {
    const expected = {
      maxPages: DEFAULT_CRAWL_SETTINGS.maxPages,
      maxDepth: DEFAULT_CRAWL_SETTINGS.maxDepth,
      timeLimitMin: DEFAULT_CRAWL_SETTINGS.timeLimitMs / 60_000,
      concurrency: DEFAULT_CRAWL_SETTINGS.concurrency,
      obeyRobots: DEFAULT_CRAWL_SETTINGS.obeyRobots,
    };

    expect(DEFAULT_SETTINGS).toMatchObject(expected);
  });

  it('follow the newest bundled rule set until one is chosen, and fall back to it for an unknown id', () => {
    const ids = RULESETS.map((r) => r.id);

    expect(resolveRulesetId(DEFAULT_SETTINGS, ids, DEFAULT_RULESET_ID)).toBe(DEFAULT_RULESET_ID);
    expect(resolveRulesetId({ ...DEFAULT_SETTINGS, rulesetId: ids[0] }, ids, DEFAULT_RULESET_ID)).toBe(ids[0]);
    expect(resolveRulesetId({ ...DEFAULT_SETTINGS, rulesetId: 'ita-1999' }, ids, DEFAULT_RULESET_ID)).toBe(DEFAULT_RULESET_ID);
  });
});

describe('parseSettings', () => {
  it('gives the defaults, and no problem, when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and defaults a corrupt one, naming it', () => {
    const actual = parseSettings({ ...DEFAULT_SETTINGS, maxPages: 20, concurrency: 'lots', language: 'en' });

    expect(actual.settings).toEqual({ ...DEFAULT_SETTINGS, maxPages: 20, language: 'en' });
    expect(actual.problems).toEqual(['concurrency']);
  });

  it('rejects budgets out of bounds', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, maxPages: 0 }).problems).toEqual(['maxPages']);
    expect(parseSettings({ ...DEFAULT_SETTINGS, concurrency: 50 }).problems).toEqual(['concurrency']);
    expect(parseSettings({ ...DEFAULT_SETTINGS, timeLimitMin: 1.5 }).problems).toEqual(['timeLimitMin']);
  });

  it('reads settings saved before the robots.txt switch existed as following robots.txt, without a notice', () => {
    const { obeyRobots: _, ...older } = DEFAULT_SETTINGS;
    expect(parseSettings({ ...older, maxPages: 40 })).toEqual({ settings: { ...DEFAULT_SETTINGS, maxPages: 40 }, problems: [] });
    expect(parseSettings({ ...DEFAULT_SETTINGS, obeyRobots: 'no' }).problems).toEqual(['obeyRobots']);
  });

  it('passes the robots.txt switch to the crawl', () => {
    expect(crawlBudget({ ...DEFAULT_SETTINGS, obeyRobots: false })).toMatchObject({ obeyRobots: false });
  });

  it('falls back entirely, with a notice, when the stored value is not an object', () => {
    expect(parseSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, problems: ['settings'] });
  });
});

describe('settings in storage', () => {
  it('round-trips through storage.local', async () => {
    const expected = { ...DEFAULT_SETTINGS, rulesetId: 'ita-2566', maxPages: 50, language: 'th' as const };

    await saveSettings(expected);
    const actual = await loadSettings();

    expect(actual).toEqual({ settings: expected, problems: [] });
  });

  it('reads corrupt stored settings as defaults plus a notice, never throwing', async () => {
    await settingsItem.setValue({ maxPages: -3, language: 'klingon' });

    const actual = await loadSettings();

    expect(actual.settings).toEqual(DEFAULT_SETTINGS);
    expect(actual.problems.sort()).toEqual(['language', 'maxPages']);
  });

  it('refuses to save invalid settings', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, maxDepth: 99 })).rejects.toThrow();
  });

  it('turns the time budget into milliseconds for the crawler', () => {
    expect(crawlBudget({ ...DEFAULT_SETTINGS, timeLimitMin: 3 })).toEqual({ maxPages: 300, maxDepth: 6, timeLimitMs: 180_000, concurrency: 4, obeyRobots: true });
  });
});
