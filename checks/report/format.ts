/**
 * The report as a person reads it: the Thai checklist (terminal), Markdown and CSV. Pure string
 * builders over `Report`: the same code serves the CLI and the extension's exports.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Report, ReportStatus } from './schema';

export const STATUS_LABEL: Record<ReportStatus, { th: string; en: string; icon: string }> = {
  pass: { th: 'ผ่าน', en: 'pass', icon: '✓' },
  partial: { th: 'ไม่ครบ', en: 'partial', icon: '◐' },
  fail: { th: 'ไม่พบ', en: 'fail', icon: '✗' },
  review: { th: 'ตรวจด้วยตนเอง', en: 'review', icon: '?' },
};

export const STOPPED_BY_TH: Record<Report['crawl']['stoppedBy'], string> = {
  'all-found': 'พบครบทุกรายการแล้ว',
  exhausted: 'ตรวจครบทุกหน้าที่เข้าถึงได้',
  'page-limit': 'ถึงจำนวนหน้าสูงสุดที่กำหนด',
  'time-limit': 'ถึงเวลาสูงสุดที่กำหนด',
  cancelled: 'ผู้ใช้ยกเลิก',
};

export interface SectionGroup {
  id: string;
  title: string;
  items: Report['items'];
}

/** Items grouped by section, in the rule set's order. */
export function groupBySection(report: Report, sectionTitles?: Record<string, string>): SectionGroup[] {
  const titles = sectionTitles ?? Object.fromEntries((report.ruleset.sections ?? []).map((x) => [x.id, x.title]));
  const groups: SectionGroup[] = [];
  for (const item of report.items) {
    let g = groups.find((x) => x.id === item.section);
    if (!g) groups.push((g = { id: item.section, title: titles[item.section] ?? '', items: [] }));
    g.items.push(item);
  }
  return groups;
}

/** The status a person acts on: the reviewer's verdict when there is one. */
export const effectiveStatus = (item: Report['items'][number]): ReportStatus => item.verdict?.status ?? item.status;

const color = (on: boolean) => {
  const c = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { green: c(32), yellow: c(33), red: c(31), cyan: c(36), dim: c(2), bold: c(1) };
};

export function formatText(report: Report, opts: { color?: boolean; sectionTitles?: Record<string, string> } = {}): string {
  const k = color(!!opts.color);
  const paint: Record<ReportStatus, (s: string) => string> = { pass: k.green, partial: k.yellow, fail: k.red, review: k.cyan };
  const s = report.summary;
  const lines: string[] = [];
  lines.push(k.bold(`ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) — ${report.site.title || report.site.origin}`));
  lines.push(`เว็บไซต์ ${report.site.startUrl}`);
  lines.push(`ชุดเกณฑ์ ${report.ruleset.title ?? report.ruleset.id} (${report.ruleset.id})`);
  lines.push(
    `${paint.pass(`ผ่าน ${s.pass}`)} · ${paint.partial(`ไม่ครบ ${s.partial}`)} · ${paint.fail(`ไม่พบ ${s.fail}`)} · ${paint.review(`ตรวจด้วยตนเอง ${s.review}`)} · คะแนน ${s.score.toFixed(1)}%` +
      (s.passMark ? ` (เกณฑ์ผ่าน ${s.passMark})` : ''),
  );
  const c = report.crawl;
  lines.push(k.dim(`เปิดแล้ว ${c.pagesFetched} หน้า · พบเอกสาร ${c.documentsFound} ไฟล์ · เปิดไม่ได้ ${c.errors.length} รายการ · หยุดเพราะ${STOPPED_BY_TH[c.stoppedBy]}`));
  for (const g of groupBySection(report, opts.sectionTitles)) {
    lines.push('');
    lines.push(k.bold(`${g.id} ${g.title}`.trim()));
    for (const item of g.items) {
      const st = effectiveStatus(item);
      const label = STATUS_LABEL[st];
      lines.push(`  ${paint[st](`${label.icon} ${label.th.padEnd(13)}`)} ${item.id.padEnd(4)} ${item.title}`);
      const ev = item.evidence[0];
      if (ev) lines.push(`        ${k.dim('หลักฐาน')} ${ev.url}`);
      for (const m of item.missing) lines.push(`        ${k.dim('ขาด')} ${m}`);
      for (const n of item.notes) lines.push(`        ${k.dim('หมายเหตุ')} ${n}`);
      if (item.verdict) lines.push(`        ${k.dim('ผู้ตรวจ')} ${item.verdict.reviewer || '-'}: ${STATUS_LABEL[item.verdict.status].th} ${item.verdict.note}`);
    }
  }
  lines.push('');
  lines.push(k.bold('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสีย (EIT/IIT)'));
  for (const kind of ['eit', 'iit'] as const) {
    const sv = report.survey[kind];
    const label = STATUS_LABEL[sv.status];
    // issue #5: a survey shown only as a QR image says so, and which image, in plain Thai.
    const where = sv.via === 'qr' ? `อ่านจากคิวอาร์โค้ดในรูปบนหน้า ${sv.foundOn}` : `ลิงก์บนหน้า ${sv.foundOn}`;
    lines.push(`  ${paint[sv.status](`${label.icon} ${label.th.padEnd(13)}`)} ${kind.toUpperCase()}  ${sv.url ?? 'ไม่พบลิงก์แบบวัด itas.nacc.go.th/go/' + kind + '/…'}${sv.foundOn ? k.dim(` (${where})`) : ''}`);
    if (sv.via === 'qr' && sv.imageUrl) lines.push(`        ${k.dim('รูปคิวอาร์โค้ด')} ${sv.imageUrl}`);
    for (const n of sv.notes ?? []) lines.push(`        ${k.dim('หมายเหตุ')} ${n}`);
  }
  if (c.errors.length) {
    lines.push('');
    lines.push(k.bold(`หน้าที่เปิดไม่ได้ (${c.errors.length})`));
    for (const e of c.errors.slice(0, 20)) lines.push(`  ${e.url} — ${e.reason}`);
    if (c.errors.length > 20) lines.push(k.dim(`  … และอีก ${c.errors.length - 20} รายการ (ดูทั้งหมดด้วย --format json)`));
  }
  return lines.join('\n') + '\n';
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\n/g, ' ');
/** An autolink only for an http(s) URL that cannot break out of `<…>`; anything else is escaped text (issue #6). */
const mdUrl = (u: string) => (/^https?:\/\/[^\s<>]*$/i.test(u) ? `<${u}>` : mdEscape(u));

export function formatMarkdown(report: Report, opts: { sectionTitles?: Record<string, string> } = {}): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(`# ผลการตรวจ OIT: ${mdEscape(report.site.title || report.site.origin)}`, '');
  out.push(`- เว็บไซต์: ${mdUrl(report.site.startUrl)}`);
  out.push(`- ชุดเกณฑ์: ${mdEscape(report.ruleset.title ?? report.ruleset.id)} (\`${report.ruleset.id}\`)`);
  out.push(`- ตรวจเมื่อ: ${report.finishedAt}`);
  out.push(`- สรุป: ผ่าน ${s.pass} · ไม่ครบ ${s.partial} · ไม่พบ ${s.fail} · ตรวจด้วยตนเอง ${s.review} · คะแนน ${s.score.toFixed(1)}%`, '');
  for (const g of groupBySection(report, opts.sectionTitles)) {
    out.push(`## ${mdEscape(`${g.id} ${g.title}`.trim())}`, '');
    out.push('| สถานะ | รายการ | หลักฐาน | สิ่งที่ขาด |', '|---|---|---|---|');
    for (const item of g.items) {
      const st = STATUS_LABEL[effectiveStatus(item)];
      const ev = item.evidence[0];
      const evCell = ev && /^https?:/i.test(ev.url) ? `[${mdEscape(ev.text.slice(0, 60) || 'ลิงก์')}](${ev.url.replace(/[()\s]/g, encodeURIComponent)})` : '';
      // A reviewer's verdict is shown with the machine's status beside it (issue #4 §4).
      const v = item.verdict;
      const stCell = v ? `${st.icon} ${st.th} (ผู้ตรวจ; เครื่อง: ${STATUS_LABEL[item.status].th})` : `${st.icon} ${st.th}`;
      const verdictNote = v ? [`ผู้ตรวจ ${v.reviewer || '-'}: ${v.note}`.trim()] : [];
      out.push(`| ${stCell} | ${item.id} ${mdEscape(item.title)} | ${evCell} | ${mdEscape([...item.missing, ...item.notes, ...verdictNote].join('; '))} |`);
    }
    out.push('');
  }
  out.push('## แบบวัด EIT/IIT', '');
  for (const kind of ['eit', 'iit'] as const) {
    const sv = report.survey[kind];
    out.push(`- ${kind.toUpperCase()}: ${STATUS_LABEL[sv.status].th}${sv.url ? ` ${mdUrl(sv.url)}` : ''}${sv.via ? ` (${sv.via})` : ''}`);
  }
  return out.join('\n') + '\n';
}

/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab / CR that Excel strips
 * first) is executed as a formula. Prefix such cells with an apostrophe (OWASP CSV injection).
 */
export function safeCell(value: unknown): string {
  const s = value == null ? '' : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** UTF-8 with a BOM so Excel shows Thai. */
export function toCsv(rows: unknown[][]): string {
  return '\ufeff' + stringify(rows.map((r) => r.map(safeCell)), { record_delimiter: '\r\n' });
}

/** The checklist as table rows (header first): the CSV and the XLSX export share it. */
export function reportTableRows(report: Report): string[][] {
  const header = ['รหัส', 'หมวด', 'รายการ', 'สถานะ', 'สถานะ (เครื่อง)', 'หลักฐาน', 'พบที่หน้า', 'สิ่งที่ขาด', 'หมายเหตุ', 'ผู้ตรวจ', 'บันทึกผู้ตรวจ', 'วันที่ผู้ตรวจ'];
  const rows = report.items.map((i) => [
    i.id,
    i.section,
    i.title,
    STATUS_LABEL[effectiveStatus(i)].th,
    STATUS_LABEL[i.status].th,
    i.evidence[0]?.url ?? '',
    i.evidence[0]?.foundOn ?? '',
    i.missing.join('; '),
    i.notes.join('; '),
    i.verdict?.reviewer ?? '',
    i.verdict?.note ?? '',
    i.verdict?.at ?? '',
  ]);
  return [header, ...rows];
}

export function formatCsv(report: Report): string {
  return toCsv(reportTableRows(report));
}

const htmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const safeHref = (u: string) => (/^https?:\/\//i.test(u) ? htmlEscape(u) : null);

/** A standalone HTML report (contract `--format html`): every site string escaped, only http(s) links clickable. */
export function formatHtml(report: Report): string {
  const s = report.summary;
  const rows = groupBySection(report)
    .map((g) => {
      const items = g.items
        .map((i) => {
          const st = effectiveStatus(i);
          const ev = i.evidence[0];
          const href = ev ? safeHref(ev.url) : null;
          const evCell = ev ? (href ? `<a href="${href}">${htmlEscape(ev.url)}</a>` : htmlEscape(ev.url)) : '';
          return `<tr class="${st}"><td>${STATUS_LABEL[st].icon} ${STATUS_LABEL[st].th}</td><td>${htmlEscape(i.id)}</td><td>${htmlEscape(i.title)}</td><td class="url">${evCell}</td><td>${htmlEscape([...i.missing, ...i.notes].join('; '))}</td></tr>`;
        })
        .join('\n');
      return `<tr><th colspan="5">${htmlEscape(`${g.id} ${g.title}`.trim())}</th></tr>\n${items}`;
    })
    .join('\n');
  const survey = (['eit', 'iit'] as const)
    .map((k) => {
      const sv = report.survey[k];
      const href = sv.url ? safeHref(sv.url) : null;
      return `<li>${k.toUpperCase()}: ${STATUS_LABEL[sv.status].th}${href ? ` <a href="${href}">${htmlEscape(sv.url!)}</a>` : ''}</li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>ผลการตรวจ OIT ${htmlEscape(report.site.title || report.site.origin)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:Sarabun,"Noto Sans Thai",sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef}.pass td:first-child{color:#176b2c}.partial td:first-child{color:#8a5a00}.fail td:first-child{color:#b00020}.review td:first-child{color:#005a8a}.url{word-break:break-all}</style></head>
<body><h1>ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)</h1>
<p>${htmlEscape(report.site.title)} — ${htmlEscape(report.site.startUrl)}<br>ชุดเกณฑ์ ${htmlEscape(report.ruleset.title ?? report.ruleset.id)} · ตรวจเมื่อ ${htmlEscape(report.finishedAt)}</p>
<p>ผ่าน ${s.pass} · ไม่ครบ ${s.partial} · ไม่พบ ${s.fail} · ตรวจด้วยตนเอง ${s.review} · คะแนน ${s.score.toFixed(1)}%</p>
<table><thead><tr><th>สถานะ</th><th>รหัส</th><th>รายการ</th><th>หลักฐาน</th><th>สิ่งที่ขาด / หมายเหตุ</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>แบบวัด EIT/IIT</h2><ul>${survey}</ul>
</body></html>
`;
}
