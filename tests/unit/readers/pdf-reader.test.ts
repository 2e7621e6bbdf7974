/** pdf.js 4.10 (legacy build, no worker) on PDFs generated with Thai text: the CLI's reader. */
import { describe, expect, it } from 'vitest';
import { analysePdf } from '../../../checks/readers/pdf-text';
import { parseFiscalYears } from '../../../checks/thai/dates';
import { readPdfNode } from '../../../cli/node-readers';
import { FAKE_PDF_HTML, makeScannedPdf, makeTextPdf } from '../../support/make-pdf';

const PLAN = ['ประกาศองค์การบริหารส่วนตำบลร่อนทอง', 'เรื่อง แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', 'ตามระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น'];

describe('readPdfNode', () => {
  it.each(['shaped', 'decomposed'] as const)('reads Thai text whose SARA AM is %s, normalised', async (saraAm) => {
    const bytes = await makeTextPdf({ pages: [PLAN], saraAm });
    const a = analysePdf(await readPdfNode(bytes, { maxPages: 3 }));
    expect(a.isScanned).toBe(false);
    expect(a.text).toContain('แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566');
    expect(a.text).toContain('องค์การบริหารส่วนตำบลร่อนทอง');
    expect(parseFiscalYears(a.text)).toEqual([2566]);
  });

  it('reads the decomposed form as it is in the file before normalising', async () => {
    const bytes = await makeTextPdf({ pages: [PLAN], saraAm: 'decomposed' });
    const raw = (await readPdfNode(bytes, { maxPages: 1 })).pageTexts[0];
    expect(raw).toContain('ด\u0E4D\u0E32เนินงาน');
  });

  it('reads only the first pages and counts them all', async () => {
    const pages = Array.from({ length: 5 }, (_, i) => [`หน้าที่ ${i + 1} ข้อความของเอกสารหน้านี้`]);
    const c = await readPdfNode(await makeTextPdf({ pages }), { maxPages: 2 });
    expect(c.pages).toBe(5);
    expect(c.pageTexts).toHaveLength(2);
    expect(c.pageTexts[1]).toContain('หน้าที่ 2');
  });

  it('returns the Title field', async () => {
    const c = await readPdfNode(await makeTextPdf({ pages: [PLAN], title: 'แผนการดำเนินงาน 2566' }), { maxPages: 1 });
    expect(c.title).toBe('แผนการดำเนินงาน 2566');
  });

  it('finds no text layer in a scan', async () => {
    const a = analysePdf(await readPdfNode(await makeScannedPdf(2), { maxPages: 3 }));
    expect(a).toMatchObject({ isScanned: true, pages: 2, text: '' });
  });

  it('rejects an HTML page that claims to be a PDF', async () => {
    await expect(readPdfNode(new TextEncoder().encode(FAKE_PDF_HTML), { maxPages: 1 })).rejects.toThrow();
  });

  it('leaves the caller’s bytes usable (pdf.js detaches the buffer it is given)', async () => {
    const bytes = await makeTextPdf({ pages: [PLAN] });
    await readPdfNode(bytes, { maxPages: 1 });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await readPdfNode(bytes, { maxPages: 1 })).pages).toBe(1);
  });
});
