/**
 * Issue #5 end to end: the CLI (`main`, as `npm run --silent audit -- <url> --format json
 * --ruleset ita-2566` runs it) against the evidence fixture site (tests/fixtures/sites/evidence,
 * README there), where the EIT survey is only a QR image, the IIT survey a QR inside a banner, decoy
 * codes sit beside them, one PDF is a scan, one is an HTML page, and two items can only be confirmed
 * from a PDF's own text. The same site audited without the readers shows what they add.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../checks/audit';
import { ReportSchema, type Report } from '../../checks/report/schema';
import { getRuleSet } from '../../checks/rulesets';
import { main } from '../../cli/main';
import { serveSite, type ServedSite } from '../../cli/serve-site';
import { EIT_URL, IIT_URL, prepareEvidenceSite } from '../fixtures/sites/evidence/_assets';

async function runCli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

let dir: string;
let server: ServedSite;
let report: Report;
const item = (id: string) => report.items.find((i) => i.id === id)!;

beforeAll(async () => {
  dir = await prepareEvidenceSite();
  server = await serveSite(dir);
  const r = await runCli([`${server.url}/`, '--format', 'json', '--ruleset', 'ita-2566']);
  expect(r.code, r.stderr).toBe(0);
  report = JSON.parse(r.stdout);
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the CLI with the evidence readers', () => {
  it('prints a report within the contract', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(ReportSchema.parse(report).survey.eit.imageUrl).toBe(`${server.url}/images/eit-qr.png`);
  });

  it('passes the EIT survey shown only as a QR image, via qr, with the decoded URL and where it was shown', () => {
    expect(report.survey.eit).toMatchObject({ status: 'pass', via: 'qr', url: EIT_URL, foundOn: `${server.url}/` });
  });

  it('passes the IIT survey from a QR code inside a larger banner', () => {
    expect(report.survey.iit).toMatchObject({ status: 'pass', via: 'qr', url: IIT_URL, imageUrl: `${server.url}/images/banner-ita-2566.jpg` });
  });

  it('rejects the decoys and says so, and ignores the stale link in an HTML comment', () => {
    const notes = (report.survey.eit.notes ?? []).join('\n');
    expect(notes).toContain('https://itas.nacc.go.th/go/reotpsms');
    expect(notes).toContain('https://itas.nacc.go.th/ ซึ่งไม่ใช่ลิงก์แบบวัด');
    expect(notes).not.toContain('line.me');
    expect(JSON.stringify(report)).not.toContain('old111');
  });

  it('confirms O11 from the PDF: the link says "ดาวน์โหลด", the fiscal year is only inside the file', () => {
    expect(item('O11')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ url: `${server.url}/files/plan.pdf` })] });
  });

  it('finds O27 from the PDF’s own title behind "คลิกที่นี่", and shows that title as the evidence', () => {
    expect(item('O27').status).toBe('pass');
    expect(item('O27').evidence[0]).toMatchObject({ url: `${server.url}/files/doc_0427.pdf`, kind: 'document' });
    expect(item('O27').evidence[0].text).toContain('แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต');
  });

  it('sends the scanned PDF to review, never pass or fail', () => {
    expect(item('O39')).toMatchObject({ status: 'review', notes: expect.arrayContaining(['เอกสารสแกน ตรวจด้วยตนเอง']) });
  });

  it('does not count a "PDF" that answers an HTML page, and lists it as broken', () => {
    expect(item('O36').status).not.toBe('pass');
    expect(item('O36').missing.join(' ')).toContain('ไฟล์เอกสารเปิดไม่ได้');
    expect(report.crawl.errors).toContainEqual(expect.objectContaining({ url: `${server.url}/files/anti-corruption-plan-2566.pdf`, code: 'not-a-document' }));
  });

  it('says in Thai, in the text checklist, that the survey was read from a QR code', async () => {
    const r = await runCli([`${server.url}/`, '--ruleset', 'ita-2566']);
    expect(r.stdout).toContain(`EIT  ${EIT_URL}`);
    expect(r.stdout).toContain(`อ่านจากคิวอาร์โค้ดในรูปบนหน้า ${server.url}/`);
    expect(r.stdout).toContain(`รูปคิวอาร์โค้ด ${server.url}/images/eit-qr.png`);
  });
});

describe('the same site without the readers (what they add)', () => {
  let plain: Report;
  beforeAll(async () => {
    plain = await runAudit({ startUrl: `${server.url}/`, ruleset: getRuleSet('ita-2566')!, fetch: (u, i) => fetch(u, i) });
  });
  const plainItem = (id: string) => plain.items.find((i) => i.id === id)!;

  it('finds no survey link at all', () => {
    expect([plain.survey.eit.status, plain.survey.iit.status]).toEqual(['fail', 'fail']);
  });

  it('cannot confirm O11 (its year is unread) nor find O27', () => {
    expect(plainItem('O11').status).not.toBe('pass');
    expect(plainItem('O27').status).toBe('fail');
  });
});
