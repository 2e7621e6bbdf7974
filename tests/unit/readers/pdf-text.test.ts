import { describe, expect, it } from 'vitest';
import { analysePdf, documentHead, firstLines, isScannerFileName, repairPdfText, titleFromFileName } from '../../../checks/readers/pdf-text';
import { normalize } from '../../../checks/thai/normalize';

describe('repairPdfText + normalize', () => {
  it.each([
    ['decomposed sara am (NIKHAHIT + SARA AA)', 'แผนการด\u0E4D\u0E32เนินงาน ประจ\u0E4D\u0E32ปี', 'แผนการดำเนินงาน ประจำปี'],
    ['a SARA AM glyph followed by a stray SARA AA', 'แผนการดำาเนินงาน ประจำาปี', 'แผนการดำเนินงาน ประจำปี'],
    ['fake spaces before combining marks', 'ถ ึง ค ่า', 'ถึง ค่า'],
    ['legacy-font private-use glyphs (shifted tone mark, SARA I, THO THAN without its tail)', 'ที\uF70Bน \uF700าน ป\uF701ด', 'ที้น ฐาน ปิด'],
    ['glyphs without a Unicode mapping (NUL)', 'พ\u0000ศ\u0000 2566', 'พศ 2566'],
    ['Thai digits', 'พ.ศ. ๒๕๖๖', 'พ.ศ. 2566'],
  ])('repairs %s', (_name, raw, expected) => {
    expect(normalize(repairPdfText(raw))).toBe(expected);
  });
});

describe('analysePdf', () => {
  const notice = ['ประกาศองค์การบริหารส่วนตำบลร่อนทอง\nเรื่อง แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566\n' + 'รายละเอียดโครงการ '.repeat(10)];

  it('keeps the text of a document with a text layer', () => {
    const a = analysePdf({ pages: 4, pageTexts: notice });
    expect(a.isScanned).toBe(false);
    expect(a.pages).toBe(4);
    expect(a.text).toContain('แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566');
  });

  it('calls a document with no text a scan', () => {
    expect(analysePdf({ pages: 2, pageTexts: ['', ''] })).toMatchObject({ isScanned: true, text: '' });
  });

  it('calls a scan with only page numbers and a stamp a scan', () => {
    expect(analysePdf({ pages: 3, pageTexts: ['- 1 -', '- 2 - สำเนา', '- 3 -'] }).isScanned).toBe(true);
  });

  it('takes the title from the first lines when the Title field is a producer default', () => {
    const a = analysePdf({ pages: 1, pageTexts: notice, title: 'Microsoft Word - plan66.docx' });
    expect(a.title).toMatch(/^ประกาศองค์การบริหารส่วนตำบลร่อนทอง เรื่อง แผนการดำเนินงาน/);
  });

  it('keeps a real Title field', () => {
    expect(analysePdf({ pages: 1, pageTexts: notice, title: 'แผนการดําเนินงาน ปี 2566' }).title).toBe('แผนการดำเนินงาน ปี 2566');
  });

  it('gives a scan no title of its own', () => {
    expect(analysePdf({ pages: 1, pageTexts: [''], title: 'Scan2023-10-16_105945' }).title).toBe('');
  });
});

describe('helpers', () => {
  it('firstLines skips lines without letters', () => {
    expect(firstLines('\n- 1 -\nเรื่อง แผนการดำเนินงาน\nบรรทัดสอง\n', 60)).toBe('เรื่อง แผนการดำเนินงาน บรรทัดสอง');
  });

  it('titleFromFileName decodes Thai file names', () => {
    expect(titleFromFileName('http://x.go.th/file/%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%94%E0%B8%B3%E0%B9%80%E0%B8%99%E0%B8%B4%E0%B8%99%E0%B8%87%E0%B8%B2%E0%B8%99_2566.docx')).toBe('แผนดำเนินงาน 2566');
  });

  it.each([
    ['http://x.go.th/wp-content/uploads/2023/10/Scan2023-10-16_105945.pdf', true],
    ['http://x.go.th/UserFiles/File/IMG_20170518_0001(1).pdf', true],
    ['http://x.go.th/files/plan-2566.pdf', false],
  ])('isScannerFileName(%s) is %s', (url, expected) => {
    expect(isScannerFileName(url)).toBe(expected);
  });

  it('firstLines keeps whole lines only', () => {
    expect(firstLines('แนวปฏิบัติการจัดการเรื่องร้องเรียน\nองค์การบริหารส่วนตำบลทดสอบ\n1. ช่องทางการรับเรื่องร้องเรียน และขั้นตอน', 70)).toBe('แนวปฏิบัติการจัดการเรื่องร้องเรียน องค์การบริหารส่วนตำบลทดสอบ');
  });

  it('documentHead reads the title, else only the start of the text', () => {
    expect(documentHead({ title: 'แผนการดำเนินงาน ปี 2566', text: 'ช่องทางการรับเรื่อง' })).toBe('แผนการดำเนินงานปี2566');
    const head = documentHead({ text: `${'ก'.repeat(200)} แผนการดำเนินงาน` });
    expect(head).not.toContain('แผนการดำเนินงาน');
  });
});
