import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Report } from '@/checks/report/schema';
import { siteKey as siteKeyOf } from '@/checks/crawl/url';
import { ReplySchema, type PopupToBg, type Reply } from '@/utils/messages';
import { loadRunReport, loadRuns, runForSite, type Run } from '@/utils/running';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/utils/settings';
import { END_TEXT, ERROR_TEXT, STOPPED_TEXT, T, resolveLang, type Lang } from '@/utils/ui-text';
import { Checklist } from './Checklist';
import { ExportMenu } from './ExportMenu';
import { ProgressBar } from './ProgressBar';
import { Summary } from './Summary';
import { SurveyCheck } from './SurveyCheck';

/** A run whose content script has been silent this long is shown as stalled (utils/running.ts `staleRuns`). */
const STALLED_MS = 60_000;

interface TabInfo {
  id: number;
  /** Undefined when activeTab was not granted on this tab (the popup was not opened from it). */
  url?: string;
}

async function send(msg: PopupToBg): Promise<Reply> {
  try {
    const parsed = ReplySchema.safeParse(await browser.runtime.sendMessage(msg));
    return parsed.success ? parsed.data : { ok: false, error: 'bad-message' };
  } catch (err) {
    return { ok: false, error: 'crashed', detail: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The popup (issue #4 §1–§3): start, follow and cancel the audit of the current tab's site, and
 * read its checklist. Everything shown comes from storage (utils/running.ts), watched live, so a
 * closed and reopened popup shows the same audit. `?tab=<id>` names the tab (browser tests open
 * the popup as a page, which is then itself the active tab: shared/stack-notes.md).
 */
export function PopupApp({ tabParam }: { tabParam: string | null }) {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [problems, setProblems] = useState<string[]>([]);
  const [run, setRun] = useState<Run | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [showMeNotes, setShowMeNotes] = useState<Record<string, string>>({});
  const [now, setNow] = useState(Date.now());
  const lang: Lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const loaded = useRef<{ auditId?: string; updatedAt?: string }>({});

  const key = tab?.url && /^https?:/i.test(tab.url) ? siteKeyOf(tab.url) : '';

  const refresh = useCallback(
    async (reportChanged: boolean) => {
      if (!tab) return;
      const { state, dropped } = await loadRuns();
      const current = (key ? runForSite(state, key) : undefined) ?? state.runs.find((r) => r.tabId === tab.id && r.phase === 'running') ?? null;
      setRun(current);
      const notes: string[] = dropped ? ['runs'] : [];
      if (!current?.hasReport) {
        setReport(null);
        loaded.current = {};
      } else if (reportChanged || loaded.current.auditId !== current.auditId) {
        const r = await loadRunReport(current.auditId);
        if (r.isCorrupt) notes.push('report');
        setReport(r.report);
        loaded.current = { auditId: current.auditId };
      }
      setProblems((p) => [...p.filter((x) => x !== 'runs' && x !== 'report'), ...notes]);
    },
    [tab, key],
  );

  useEffect(() => {
    void (async () => {
      const parsed = await loadSettings();
      setSettings(parsed.settings);
      if (parsed.problems.length) setProblems((p) => [...p, 'settings']);
      const tabId = tabParam ? Number(tabParam) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      const t = tabId !== undefined && Number.isInteger(tabId) ? await browser.tabs.get(tabId).catch(() => null) : null;
      setTab(t?.id !== undefined ? { id: t.id, url: t.url } : null);
    })();
  }, [tabParam]);

  useEffect(() => {
    if (!tab) return;
    void refresh(true);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      const keys = Object.keys(changes);
      if (keys.includes('settings')) void loadSettings().then((p) => setSettings(p.settings));
      const reportChanged = keys.some((k) => k.startsWith('audit-report:'));
      if (reportChanged || keys.includes('audit-runs')) void refresh(reportChanged);
    };
    browser.storage.onChanged.addListener(onChanged);
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearInterval(timer);
    };
  }, [tab, refresh]);

  const act = async (msg: PopupToBg) => {
    setBusy(true);
    setError('');
    const reply = await send(msg);
    setBusy(false);
    if (!reply.ok && reply.error !== 'already-running') setError(ERROR_TEXT[reply.error][lang] + (reply.detail && reply.error !== 'no-access' ? ` (${reply.detail})` : ''));
    return reply;
  };

  const start = () => {
    if (!tab) return;
    setShowMeNotes({});
    void act({ type: 'popup→bg:start-audit', tabId: tab.id });
  };
  const cancel = () => run && void act({ type: 'popup→bg:cancel-audit', auditId: run.auditId });
  const showMe = async (itemId: string) => {
    if (!tab || !run) return;
    const reply = await act({ type: 'popup→bg:show-evidence', tabId: tab.id, siteKey: run.siteKey, itemId, evidenceIndex: 0 });
    const note = !reply.ok ? '' : reply.newTab ? T.showMeNewTab[lang] : reply.highlighted === 0 ? T.showMeNothing[lang] : '';
    setShowMeNotes((n) => ({ ...n, [itemId]: note }));
  };
  const setLanguage = (language: Settings['language']) => {
    const next = { ...settings, language };
    setSettings(next);
    void saveSettings(next);
  };

  const isRunning = run?.phase === 'running';
  const isStalled = isRunning && now - Date.parse(run.updatedAt) > STALLED_MS;
  const canAudit = !!key;
  const siteName = report?.site.title || (tab?.url && key ? new URL(tab.url).host : '');

  return (
    <div class="popup" lang={lang}>
      <header class="header">
        <div class="brand" aria-hidden="true">
          OIT
        </div>
        <div class="header-text">
          <h1>{T.appName[lang]}</h1>
          {siteName && (
            <div class="site ellipsis" title={tab?.url}>
              {siteName}
            </div>
          )}
          {report && (
            <div class="muted small">
              {T.ruleset[lang]} {report.ruleset.title ?? report.ruleset.id}
            </div>
          )}
        </div>
      </header>

      {problems.length > 0 && (
        <p class="notice" role="status" data-testid="storage-notice">
          {T.storageProblem[lang]}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="error">
          {error}
        </p>
      )}

      {tab !== undefined && !canAudit && !run && <p class="card intro">{T.notWebPage[lang]}</p>}

      {isRunning && !isStalled && (
        <>
          <ProgressBar progress={run.progress} lang={lang} />
          <div class="actions">
            <button type="button" class="button danger" data-testid="cancel" onClick={cancel} disabled={isBusy}>
              {T.cancel[lang]}
            </button>
          </div>
        </>
      )}

      {canAudit && (!run || !isRunning || isStalled) && (
        <div class={run ? 'actions' : 'card intro'}>
          {!run && <p>{T.intro[lang]}</p>}
          <button type="button" class="button primary" data-testid="start" onClick={start} disabled={isBusy}>
            {run ? T.rerun[lang] : T.start[lang]}
          </button>
          {report && !isRunning && <ExportMenu report={report} lang={lang} />}
          {run?.reportId && !isRunning && (
            <a class="button secondary" data-testid="full-report" href={`report.html?id=${encodeURIComponent(run.reportId)}`} target="_blank" rel="noopener">
              {T.fullReport[lang]} ↗
            </a>
          )}
        </div>
      )}

      {run?.phase === 'ended' && run.endReason && run.endReason !== 'complete' && (
        <p class={run.endReason === 'error' ? 'error' : 'notice'} role="status" data-testid="end-reason" data-reason={run.endReason}>
          {END_TEXT[run.endReason][lang]}
          {run.error && `: ${ERROR_TEXT[run.error][lang]}`}
          {run.detail && <span class="muted small"> ({run.detail})</span>}
        </p>
      )}
      {isStalled && (
        <p class="notice" role="status">
          {END_TEXT.interrupted[lang]}
        </p>
      )}

      {report && (
        <>
          {isRunning && <p class="muted small partial-note">{T.partialNote[lang]}</p>}
          <Summary report={report} lang={lang} />
          <Checklist report={report} lang={lang} canShowMe={!isRunning} onShowMe={(id) => void showMe(id)} showMeNotes={showMeNotes} />
          <SurveyCheck survey={report.survey} lang={lang} />
          {!isRunning && (
            <p class="muted small crawl-line" data-testid="crawl-line">
              {T.pagesFetched[lang]} {report.crawl.pagesFetched} {T.pages[lang]} · {T.documents[lang]} {report.crawl.documentsFound} ·{' '}
              {STOPPED_TEXT[report.crawl.stoppedBy][lang]}
            </p>
          )}
        </>
      )}

      <footer class="footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {T.options[lang]}
        </button>
        <span class="lang-switch" role="group" aria-label={T.language[lang]}>
          <button type="button" class={lang === 'th' ? 'link-button active' : 'link-button'} aria-pressed={lang === 'th'} onClick={() => setLanguage('th')}>
            ไทย
          </button>
          <span aria-hidden="true">|</span>
          <button type="button" class={lang === 'en' ? 'link-button active' : 'link-button'} aria-pressed={lang === 'en'} onClick={() => setLanguage('en')}>
            English
          </button>
        </span>
      </footer>
    </div>
  );
}
