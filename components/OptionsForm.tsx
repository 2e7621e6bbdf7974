import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_RULESET_ID, RULESETS } from '@/checks/rulesets';
import { reviewerNameItem } from '@/utils/history';
import { DEFAULT_SETTINGS, SettingsSchema, loadSettings, saveSettings, type Settings } from '@/utils/settings';
import { T, resolveLang, type Lang, type Text } from '@/utils/ui-text';

const L = {
  title: { th: 'ตั้งค่า OIT Auditor', en: 'OIT Auditor settings' },
  ruleset: { th: 'ชุดเกณฑ์ (ปีการประเมิน ITA)', en: 'Rule set (ITA year)' },
  newest: { th: 'ปีล่าสุดเสมอ', en: 'Always the newest' },
  budgets: { th: 'ขอบเขตการตรวจ', en: 'Crawl budget' },
  budgetsHelp: {
    th: 'การตรวจหยุดเมื่อพบครบทุกรายการ หรือเมื่อถึงขอบเขตข้อใดข้อหนึ่ง เว็บไซต์ที่ช้าควรลดจำนวนการเปิดพร้อมกัน',
    en: 'An audit stops when every item is found or when a limit is reached. Lower the parallel requests for slow sites.',
  },
  maxPages: { th: 'จำนวนหน้าสูงสุด', en: 'Maximum pages' },
  maxDepth: { th: 'ความลึกของลิงก์สูงสุด', en: 'Maximum link depth' },
  timeLimitMin: { th: 'เวลาสูงสุด (นาที)', en: 'Time limit (minutes)' },
  concurrency: { th: 'จำนวนหน้าที่เปิดพร้อมกัน', en: 'Parallel requests' },
  obeyRobots: { th: 'ทำตาม robots.txt ของเว็บไซต์ (ข้อห้ามและ Crawl-delay)', en: 'Follow the site’s robots.txt (Disallow and Crawl-delay)' },
  obeyRobotsHelp: {
    th: 'ปิดเฉพาะเมื่อตรวจเว็บไซต์ของหน่วยงานตนเอง ที่ robots.txt ห้ามโปรแกรมทุกตัว การตรวจยังเปิดเฉพาะหน้าในเว็บไซต์เดียวกันด้วยคำขอ GET เท่านั้น',
    en: 'Turn off only to audit your own agency’s site when its robots.txt shuts every robot out. The audit still only GETs pages of the same site.',
  },
  language: { th: 'ภาษาที่แสดง', en: 'Display language' },
  auto: { th: 'ตามภาษาของเบราว์เซอร์', en: 'Same as the browser' },
  reviewer: { th: 'ชื่อผู้ตรวจ (ใช้ในรายงานเมื่อปรับผลการตรวจ)', en: 'Reviewer name (used for verdicts in the report)' },
  save: { th: 'บันทึก', en: 'Save' },
  reset: { th: 'คืนค่าเริ่มต้น', en: 'Restore defaults' },
  saved: { th: 'บันทึกแล้ว', en: 'Saved' },
  invalid: { th: 'ค่าไม่ถูกต้อง: ', en: 'Invalid value: ' },
} satisfies Record<string, Text>;

type NumberField = 'maxPages' | 'maxDepth' | 'timeLimitMin' | 'concurrency';
const NUMBER_FIELDS: { key: NumberField; min: number; max: number }[] = [
  { key: 'maxPages', min: 1, max: 2000 },
  { key: 'maxDepth', min: 1, max: 20 },
  { key: 'timeLimitMin', min: 1, max: 60 },
  { key: 'concurrency', min: 1, max: 8 },
];

/** The options page (design.md "options/"): rule set, crawl budgets, language, reviewer name. */
export function OptionsForm() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [reviewer, setReviewer] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const lang: Lang = resolveLang(settings.language, browser.i18n.getUILanguage());

  useEffect(() => {
    void loadSettings().then((p) => {
      setSettings(p.settings);
      setProblems(p.problems);
    });
    void reviewerNameItem.getValue().then((v) => setReviewer(typeof v === 'string' ? v : ''));
  }, []);

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setStatus('');
    setSettings((s) => ({ ...s, [key]: value }));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) {
      setStatus(L.invalid[lang] + parsed.error.issues.map((i) => L[i.path[0] as NumberField]?.[lang] ?? String(i.path[0])).join(', '));
      return;
    }
    await saveSettings(parsed.data);
    await reviewerNameItem.setValue(reviewer.trim().slice(0, 200));
    setProblems([]);
    setStatus(L.saved[lang]);
  };

  return (
    <form class="options" lang={lang} onSubmit={(e) => void save(e)}>
      <h1>{L.title[lang]}</h1>
      {problems.length > 0 && (
        <p class="notice" role="status">
          {T.storageProblem[lang]} ({problems.join(', ')})
        </p>
      )}

      <label class="field">
        <span>{L.ruleset[lang]}</span>
        <select value={settings.rulesetId} onChange={(e) => set('rulesetId', (e.currentTarget as HTMLSelectElement).value)}>
          <option value="">
            {L.newest[lang]} ({DEFAULT_RULESET_ID})
          </option>
          {RULESETS.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title[lang]} ({r.id})
            </option>
          ))}
          {settings.rulesetId && !RULESETS.some((r) => r.id === settings.rulesetId) && <option value={settings.rulesetId}>{settings.rulesetId}</option>}
        </select>
      </label>

      <fieldset>
        <legend>{L.budgets[lang]}</legend>
        <p class="help">{L.budgetsHelp[lang]}</p>
        {NUMBER_FIELDS.map((f) => (
          <label class="field inline" key={f.key}>
            <span>{L[f.key][lang]}</span>
            <input
              type="number"
              name={f.key}
              min={f.min}
              max={f.max}
              step={1}
              required
              value={settings[f.key]}
              onInput={(e) => set(f.key, Number((e.currentTarget as HTMLInputElement).value))}
            />
          </label>
        ))}
        <label class="field inline checkbox">
          <input type="checkbox" name="obeyRobots" checked={settings.obeyRobots} onChange={(e) => set('obeyRobots', (e.currentTarget as HTMLInputElement).checked)} />
          <span>{L.obeyRobots[lang]}</span>
        </label>
        <p class="help">{L.obeyRobotsHelp[lang]}</p>
      </fieldset>

      <label class="field">
        <span>{L.language[lang]}</span>
        <select name="language" value={settings.language} onChange={(e) => set('language', (e.currentTarget as HTMLSelectElement).value as Settings['language'])}>
          <option value="auto">{L.auto[lang]}</option>
          <option value="th">ไทย</option>
          <option value="en">English</option>
        </select>
      </label>

      <label class="field">
        <span>{L.reviewer[lang]}</span>
        <input type="text" name="reviewer" maxLength={200} value={reviewer} onInput={(e) => setReviewer((e.currentTarget as HTMLInputElement).value)} />
      </label>

      <div class="buttons">
        <button type="submit" class="primary">
          {L.save[lang]}
        </button>
        <button
          type="button"
          onClick={() => {
            setSettings({ ...DEFAULT_SETTINGS });
            setStatus('');
          }}
        >
          {L.reset[lang]}
        </button>
        <span role="status" class="status-text">
          {status}
        </span>
      </div>
    </form>
  );
}
