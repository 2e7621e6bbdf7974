import { useEffect, useMemo, useState } from 'preact/hooks';
import { diffReports, effectiveSummary, type ReportDiff } from '@/checks/report/diff';
import { exportReport, type ExportKind } from '@/checks/report/exports';
import { effectiveStatus, groupBySection } from '@/checks/report/format';
import { MAX_IMPORT_CHARS, tooLargeError } from '@/checks/report/import';
import type { ItemReport } from '@/checks/report/schema';
import { getRuleSet } from '@/checks/rulesets';
import {
  importReport,
  listSummaries,
  loadReport,
  previousReport,
  reviewerNameItem,
  setVerdict,
  type HistoryEntry,
  type HistorySummary,
} from '@/utils/history';
import { ReportCrawl } from './ReportCrawl';
import { ReportDiffSummary } from './ReportDiffSummary';
import { ReportHistory } from './ReportHistory';
import { ReportImportButton } from './ReportImportButton';
import { ReportItem } from './ReportItem';
import { ReportNotices } from './ReportNotices';
import { ReportSummary } from './ReportSummary';
import { ReportSurvey } from './ReportSurvey';
import { ReportToolbar, type ReportFilter } from './ReportToolbar';
import type { VerdictDraft } from './ReportVerdictForm';

type Notice = { th: string; en: string };

type State =
  | { phase: 'loading' }
  | { phase: 'empty'; history: HistorySummary[] }
  | { phase: 'ready'; entry: HistoryEntry; previous?: HistoryEntry; history: HistorySummary[] };

const matches = (filter: ReportFilter, item: ItemReport, diff: ReportDiff): boolean => {
  const st = effectiveStatus(item);
  if (filter === 'gaps') return st === 'fail' || st === 'partial';
  if (filter === 'review') return st === 'review';
  if (filter === 'changed') return !!diff.byId[item.id] && diff.byId[item.id].kind !== 'unchanged';
  if (filter === 'verdict') return !!item.verdict;
  return true;
};

function download(name: string, mime: string, data: string | Uint8Array<ArrayBuffer>) {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The full report page for one saved audit (`report.html?id=<reportId>`, issue #4 §4–6). */
export function ReportPage({ id }: { id: string | null }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [filter, setFilter] = useState<ReportFilter>('all');
  const [reviewer, setReviewer] = useState('');
  const [busyExport, setBusyExport] = useState<ExportKind | null>(null);

  useEffect(() => {
    void (async () => {
      const found: Notice[] = [];
      const { entry, notices: n1 } = id ? await loadReport(id) : { entry: undefined, notices: [] };
      found.push(...n1);
      if (id && !entry && !n1.length) found.push({ th: `ไม่พบรายงาน ${id}`, en: `Report ${id} was not found.` });
      // The history list first: reading the index is what repairs a corrupt one, and only this call
      // returns the notices saying so (previousReport would repair it silently) (issue #6).
      const { entries: history, notices: n2 } = await listSummaries(entry?.siteKey);
      found.push(...n2);
      const previous = entry ? await previousReport(entry.id) : undefined;
      // The options page and this page share one remembered name (utils/history.ts reviewerNameItem).
      setReviewer(await reviewerNameItem.getValue().catch(() => ''));
      setNotices(found);
      setState(entry ? { phase: 'ready', entry, previous, history } : { phase: 'empty', history });
      if (entry) document.title = `ผลการตรวจ OIT — ${entry.report.site.title || entry.siteKey}`;
    })();
  }, [id]);

  const entry = state.phase === 'ready' ? state.entry : undefined;
  const report = entry?.report;
  const diff = useMemo(() => (report ? diffReports(state.phase === 'ready' ? state.previous?.report : undefined, report) : undefined), [report, state]);
  const effective = useMemo(() => (report ? effectiveSummary(report, getRuleSet(report.ruleset.id)?.weights) : undefined), [report]);

  const onImport = async (file: File) => {
    // Bytes ≥ characters: a file over 3× the character cap cannot hold a report (no need to read it).
    const result = file.size > 3 * MAX_IMPORT_CHARS ? ({ ok: false, error: tooLargeError() } as const) : await importReport(await file.text());
    if (result.ok) {
      location.href = `report.html?id=${encodeURIComponent(result.id)}`;
      return;
    }
    setNotices([{ th: `นำเข้าไม่สำเร็จ: ${result.error.th}`, en: `Import failed: ${result.error.en}` }]);
  };

  const importBox = <ReportImportButton onImport={(f) => void onImport(f)} />;

  if (state.phase === 'loading') return <p class="loading">กำลังโหลด… <span class="en">Loading…</span></p>;
  if (state.phase === 'empty' || !entry || !report || !diff || !effective) {
    return (
      <main class="report">
        <h1>
          รายงานผลการตรวจ OIT <span class="en">OIT audit reports</span>
        </h1>
        <ReportNotices notices={notices} />
        {importBox}
        <ReportHistory entries={state.phase === 'empty' ? state.history : []} />
      </main>
    );
  }

  const onSaveVerdict = async (itemId: string, draft: VerdictDraft | null) => {
    const updated = await setVerdict(entry.id, itemId, draft);
    if (draft?.reviewer) {
      setReviewer(draft.reviewer);
      await reviewerNameItem.setValue(draft.reviewer);
    }
    setState({ ...state, entry: updated });
  };

  const onExport = async (kind: ExportKind) => {
    setBusyExport(kind);
    try {
      const file = await exportReport(report, kind);
      download(file.filename, file.mime, file.data);
    } catch (err) {
      setNotices([{ th: `ส่งออกไม่สำเร็จ: ${String((err as Error)?.message ?? err)}`, en: 'Export failed.' }]);
    } finally {
      setBusyExport(null);
    }
  };

  const counts = {
    all: report.items.length,
    gaps: report.items.filter((i) => matches('gaps', i, diff)).length,
    review: report.items.filter((i) => matches('review', i, diff)).length,
    changed: report.items.filter((i) => matches('changed', i, diff)).length,
    verdict: report.items.filter((i) => matches('verdict', i, diff)).length,
  };
  const hasVerdicts = counts.verdict > 0;

  return (
    <main class="report">
      <ReportSummary report={report} effective={effective} hasVerdicts={hasVerdicts} />
      <ReportNotices notices={notices} />
      <ReportDiffSummary diff={diff} previous={state.previous && { id: state.previous.id, finishedAt: state.previous.report.finishedAt }} />
      <ReportToolbar
        filter={filter}
        counts={counts}
        hasPrevious={diff.isComparable}
        busyExport={busyExport}
        onFilter={setFilter}
        onExport={(k) => void onExport(k)}
        onImport={(f) => void onImport(f)}
      />
      {groupBySection(report).map((g) => {
        const isGroupHidden = g.items.every((i) => !matches(filter, i, diff));
        return (
          <section key={g.id} class={`section${isGroupHidden ? ' is-filtered' : ''}`} aria-labelledby={`section-${g.id}`}>
            <h2 id={`section-${g.id}`}>{`${g.id} ${g.title}`.trim()}</h2>
            {g.items.map((item) => (
              <ReportItem
                key={item.id}
                item={item}
                change={diff.byId[item.id]}
                isHidden={!matches(filter, item, diff)}
                defaultReviewer={reviewer}
                onSaveVerdict={onSaveVerdict}
              />
            ))}
          </section>
        );
      })}
      {counts[filter] === 0 && (
        <p class="empty-filter no-print">
          ไม่มีรายการตามตัวกรองนี้ <span class="en">No item matches this filter.</span>
        </p>
      )}
      <ReportSurvey survey={report.survey} />
      <ReportCrawl crawl={report.crawl} />
      <ReportHistory entries={state.history} currentId={entry.id} />
      <footer class="print-footer">
        OIT Auditor {report.tool.version} · {report.site.startUrl} · {report.finishedAt}
      </footer>
    </main>
  );
}
