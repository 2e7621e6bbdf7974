/**
 * normalize() / compact() / thaiDigitsToArabic(): the text shapes come from shared/thai-sites.md
 * §4, §5 and §7.8 (PDF-extracted Thai, mixed digits, zero-width characters).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, normalize, thaiDigitsToArabic } from '../../../checks/thai/normalize';

/** Characters that exercise every normalisation step, for property tests. */
const TRICKY_UNITS = [
  // Thai consonants, vowels, SARA AM and its two-code-point form, tone marks, other marks
  'ก', 'ค', 'ต', 'น', 'ถ', 'ห', 'อ', 'ฯ', 'ๆ', 'เ', 'า', 'ำ', 'ั', 'ิ', 'ึ', 'ุ', 'ู', 'ฺ', '็',
  '่', '้', '๊', '๋', '์', 'ํ', '๎',
  // Thai and Arabic digits
  '๐', '๑', '๕', '๙', '0', '7',
  // whitespace of every kind and invisible characters
  ' ', '  ', '\t', '\n', '\u00A0', '\u2003', '\u3000', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD',
  // Latin with case, a combining accent, and the code points whose case or NFC mapping is unusual
  'A', 'i', 'Z', 'e', '\u0301', '\u0316', '\u0130', '\u212A', '\u212B', 'Σ', 'ß',
  // punctuation compact() drops
  '-', '–', '—', '.', ',', ':', '(', ')', '"', "'", '“', '”',
];
const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY_UNITS), maxLength: 40 });

describe('normalize', () => {
  describe('SARA AM written as NIKHAHIT + SARA AA (thai-sites.md §7.8)', () => {
    it.each([
      ['nikhahit + sara aa', 'ก\u0E4D\u0E32หนด', 'กำหนด'],
      ['the dankwiancity.go.th title, byte for byte', 'มาตรฐานก\u0E4D\u0E32หนดต\u0E4D\u0E32แหน่ง', 'มาตรฐานกำหนดตำแหน่ง'],
      ['the spbo3 WordPress JSON', 'MOIT 1 หน่วยงานมีการก\u0E4D\u0E32หนด', 'moit 1 หน่วยงานมีการกำหนด'],
      ['nikhahit + tone + sara aa', 'น\u0E4D\u0E49\u0E32', 'น\u0E49\u0E33'],
      ['tone + nikhahit + sara aa', 'น\u0E49\u0E4D\u0E32', 'น\u0E49\u0E33'],
      ['each of the four tone marks', 'ก\u0E4D\u0E48\u0E32 ก\u0E4D\u0E4B\u0E32', 'ก\u0E48\u0E33 ก\u0E4B\u0E33'],
      ['a zero-width space between the halves', 'ก\u0E4D\u200B\u0E32', 'กำ'],
      ['already composed', 'น้ำ กำหนด', 'น้ำ กำหนด'],
    ])('composes %s', (_name, input, expected) => {
      expect(normalize(input)).toBe(expected);
    });

    it('leaves a lone NIKHAHIT or SARA AA alone', () => {
      expect(normalize('ก\u0E4D ก\u0E32')).toBe('ก\u0E4D ก\u0E32');
    });
  });

  describe('stray spaces before combining marks (PDF extraction, thai-sites.md §7.8)', () => {
    it.each([
      ['ถ ึง', 'ถึง'],
      ['ถ  \u00A0ึง', 'ถึง'],
      ['ค \u0E4D\u0E32', 'คำ'],
      ['ที ่', 'ที่'],
      ['ก ั บ', 'กั บ'], // only the space before the mark; a space before a consonant is a real gap
      ['ถึง วันที่', 'ถึง วันที่'],
    ])('%j → %j', (input, expected) => {
      expect(normalize(input)).toBe(expected);
    });
  });

  it.each([
    ['ZERO WIDTH SPACE', '\u200B'],
    ['ZERO WIDTH NON-JOINER', '\u200C'],
    ['ZERO WIDTH JOINER', '\u200D'],
    ['WORD JOINER', '\u2060'],
    ['BOM / ZERO WIDTH NO-BREAK SPACE', '\uFEFF'],
    ['SOFT HYPHEN', '\u00AD'],
  ])('removes %s', (_name, ch) => {
    expect(normalize(`ข่าว${ch}ประชา${ch}สัมพันธ์`)).toBe('ข่าวประชาสัมพันธ์');
  });

  it.each([
    ['หมู่ที่ ๑๐', 'หมู่ที่ 10'],
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['ปี ๒๕๖๑ ปี 2562', 'ปี 2561 ปี 2562'],
    ['ซอย๗', 'ซอย7'],
  ])('maps Thai digits: %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ['NBSP', 'ข้อมูล\u00A0ผู้บริหาร', 'ข้อมูล ผู้บริหาร'],
    ['tabs and newlines', '  ข้อมูล\t\n\r\nผู้บริหาร  ', 'ข้อมูล ผู้บริหาร'],
    ['EM SPACE and IDEOGRAPHIC SPACE', 'ข้อมูล\u2003\u3000ผู้บริหาร', 'ข้อมูล ผู้บริหาร'],
    ['a zero-width space between two spaces', 'ข้อมูล \u200B ผู้บริหาร', 'ข้อมูล ผู้บริหาร'],
    ['only whitespace', ' \u00A0\t\n ', ''],
    ['the empty string', '', ''],
  ])('folds and trims whitespace: %s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ['ITA 2568', 'ita 2568'],
    ['E-Service', 'e-service'],
    ['Q&A ถาม-ตอบ', 'q&a ถาม-ตอบ'],
    ['No Gift Policy นโยบาย', 'no gift policy นโยบาย'],
    ['https://ITAS.nacc.go.th/go/EIT/1e8vml', 'https://itas.nacc.go.th/go/eit/1e8vml'],
  ])('lower-cases Latin and leaves Thai alone: %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('applies NFC', () => {
    expect(normalize('Cafe\u0301')).toBe('café');
  });

  it('maps the KELVIN SIGN to k (lower-casing before NFC)', () => {
    expect(normalize('\u212A')).toBe('k');
  });

  it('normalises a whole PDF-extracted line in one pass', () => {
    const actual = normalize('\uFEFFประกาศ\u00A0 ก\u0E4D\u0E32หนด  ถ ึง  วันที่ ๓๑\u200B พฤษภาคม พ.ศ. ๒๕๖๔ (ITA)\n');
    expect(actual).toBe('ประกาศ กำหนด ถึง วันที่ 31 พฤษภาคม พ.ศ. 2564 (ita)');
  });

  describe('properties', () => {
    it('is idempotent on Thai-heavy strings', () => {
      fc.assert(
        fc.property(trickyString, (s) => {
          const once = normalize(s);
          expect(normalize(once)).toBe(once);
        }),
        { numRuns: 2000 },
      );
    });

    it('is idempotent on any code points', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
          const once = normalize(s);
          expect(normalize(once)).toBe(once);
        }),
        { numRuns: 2000 },
      );
    });

    it('only lower-cases and folds whitespace in printable ASCII', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
          expect(normalize(s)).toBe(s.toLowerCase().replace(/\s+/g, ' ').trim());
        }),
      );
    });

    it('only lower-cases and folds whitespace in ASCII with tabs and newlines', () => {
      const unit = fc.oneof(fc.constantFrom('\t', '\n', '\r', ' '), fc.string({ unit: 'grapheme-ascii', maxLength: 1 }));
      fc.assert(
        fc.property(fc.string({ unit }), (s) => {
          expect(normalize(s)).toBe(s.toLowerCase().replace(/\s+/g, ' ').trim());
        }),
      );
    });

    it('never leaves the forms it removes', () => {
      fc.assert(
        fc.property(trickyString, (s) => {
          const actual = normalize(s);
          expect(actual).not.toMatch(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/); // invisible characters
          expect(actual).not.toMatch(/[\u0E50-\u0E59]/); // Thai digits
          expect(actual).not.toMatch(/[\u0E48-\u0E4B]?\u0E4D[\u0E48-\u0E4B]?\u0E32/); // split SARA AM
          expect(actual).not.toMatch(/[^\S ]|  |^ | $/); // whitespace other than single inner spaces
          expect(actual).not.toMatch(/ [\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/); // space before a mark
        }),
        { numRuns: 2000 },
      );
    });

    it('never changes a string of Thai consonants and spacing vowels', () => {
      const unit = fc.constantFrom(...'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหฬอฮเแโใไะาๆฯ');
      fc.assert(
        fc.property(fc.string({ unit, minLength: 1 }), (s) => {
          expect(normalize(s)).toBe(s);
        }),
      );
    });
  });
});

describe('compact', () => {
  it('matches the same long title spaced and punctuated differently (thai-sites.md §2)', () => {
    const a = compact('แผนการจัดซื้อจัดจ้าง หรือ แผนการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    const b = compact('แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ.2568');
    expect(a).toBe(b);
    expect(a).toBe('แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุประจำปีงบประมาณพศ2568');
  });

  it.each([
    ['spaces', 'ข้อมูล ผู้ บริหาร', 'ข้อมูลผู้บริหาร'],
    ['PAIYANNOI', 'กรุงเทพฯ ฯลฯ', 'กรุงเทพล'],
    ['hyphen, en dash, em dash', 'ถาม-ตอบ ถาม–ตอบ ถาม—ตอบ', 'ถามตอบถามตอบถามตอบ'],
    ['full stop, comma, colon', 'อบต.หนองบัว, ม.1: ประกาศ', 'อบตหนองบัวม1ประกาศ'],
    ['parentheses and quotes', 'ประกาศ “ราคากลาง” (ฉบับที่ 1) "ก" \'ข\'', 'ประกาศราคากลางฉบับที่1กข'],
  ])('removes %s', (_name, input, expected) => {
    expect(compact(input)).toBe(expected);
  });

  it('keeps MAIYAMOK and other punctuation', () => {
    expect(compact('ต่าง ๆ / Q&A')).toBe('ต่างๆ/q&a');
  });

  it('normalises before compacting', () => {
    expect(compact('ก\u0E4D\u0E32หนด ๒๕๖๘ ITA')).toBe('กำหนด2568ita');
  });

  describe('properties', () => {
    it('is a subsequence of normalize() (so its characters are a subset)', () => {
      fc.assert(
        fc.property(trickyString, (s) => {
          const full = normalize(s);
          let i = 0;
          for (const ch of compact(s)) {
            i = full.indexOf(ch, i);
            expect(i).toBeGreaterThanOrEqual(0);
            i += ch.length;
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('contains no space and none of the dropped punctuation', () => {
      fc.assert(
        fc.property(trickyString, (s) => {
          expect(compact(s)).not.toMatch(/[\sฯ\-–—.,:()"'“”]/);
        }),
      );
    });

    it('gives the same result from raw and from normalised text', () => {
      fc.assert(
        fc.property(trickyString, (s) => {
          expect(compact(normalize(s))).toBe(compact(s));
        }),
      );
    });
  });
});

describe('thaiDigitsToArabic', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['ปี ๒๕๖๑ (พ.ศ. 2561 – 2564)', 'ปี 2561 (พ.ศ. 2561 – 2564)'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(thaiDigitsToArabic(input)).toBe(expected);
  });

  it('changes nothing but the digits (no case folding, no whitespace folding)', () => {
    expect(thaiDigitsToArabic('  ITA\u00A0๒๕๖๘ ก\u0E4D\u0E32 ')).toBe('  ITA\u00A02568 ก\u0E4D\u0E32 ');
  });
});
