/**
 * Thai dates, BE years and fiscal years. The text shapes are those of shared/thai-sites.md §2, §3
 * and §5, including its traps: phone numbers, prices and house numbers are not dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  THAI_MONTHS,
  beToCe,
  ceToBe,
  fiscalYearOf,
  fiscalYearRange,
  firstHalfMonths,
  formatThaiDate,
  monthsMentioned,
  normalizeYear,
  parseFiscalYears,
  parseThaiDates,
  thaiMonthName,
  type ThaiDate,
} from '../../../checks/thai/dates';
import * as thai from '../../../checks/thai';
import { normalize } from '../../../checks/thai/normalize';

describe('index', () => {
  it('re-exports normalize and dates', () => {
    expect(thai.normalize).toBe(normalize);
    expect(thai.parseThaiDates).toBe(parseThaiDates);
    expect(thai.THAI_MONTHS).toBe(THAI_MONTHS);
  });
});

describe('beToCe / ceToBe', () => {
  it('converts with the 543-year offset', () => {
    expect(beToCe(2567)).toBe(2024);
    expect(ceToBe(2024)).toBe(2567);
  });

  it('round-trips', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), (y) => beToCe(ceToBe(y)) === y));
  });
});

describe('normalizeYear', () => {
  it.each([
    [2567, { be: 2567, ce: 2024 }],
    [2400, { be: 2400, ce: 1857 }],
    [2700, { be: 2700, ce: 2157 }],
    [2024, { be: 2567, ce: 2024 }],
    [1900, { be: 2443, ce: 1900 }],
    [2200, { be: 2743, ce: 2200 }],
    [66, { be: 2566, ce: 2023 }],
    [5, { be: 2505, ce: 1962 }],
    [0, { be: 2500, ce: 1957 }],
    [99, { be: 2599, ce: 2056 }],
  ])('%i → %o', (input, expected) => {
    expect(normalizeYear(input)).toEqual(expected);
  });

  it.each([100, 567, 1899, 2201, 2399, 2701, 9209, -1, 66.5, Number.NaN, Infinity])('%d → null', (input) => {
    expect(normalizeYear(input)).toBeNull();
  });
});

describe('THAI_MONTHS', () => {
  it('lists the twelve months in order with their full names', () => {
    expect(THAI_MONTHS.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(THAI_MONTHS.map((m) => m.full)).toEqual([
      'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
      'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
    ]);
  });

  it('puts the dotted abbreviation first', () => {
    expect(THAI_MONTHS.map((m) => m.abbr[0])).toEqual([
      'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
    ]);
  });

  it('has the dotless and spaced variants', () => {
    expect(THAI_MONTHS[0].abbr).toEqual(expect.arrayContaining(['ม.ค.', 'ม.ค', 'มค', 'มค.', 'ม. ค.']));
    expect(THAI_MONTHS[11].abbr).toEqual(expect.arrayContaining(['ธ.ค.', 'ธค']));
  });

  it('stores names already normalised, so they compare with normalize()d text', () => {
    for (const m of THAI_MONTHS) {
      expect(normalize(m.full)).toBe(m.full);
      for (const a of m.abbr) expect(normalize(a)).toBe(a);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(THAI_MONTHS)).toBe(true);
    expect(Object.isFrozen(THAI_MONTHS[0])).toBe(true);
    expect(Object.isFrozen(THAI_MONTHS[0].abbr)).toBe(true);
  });
});

describe('parseThaiDates', () => {
  describe('full dates', () => {
    it.each<[string, string, ThaiDate[]]>([
      ['day, dotted abbreviation, BE year', '4 ธ.ค. 2567', [{ year: 2567, month: 12, day: 4, text: '4 ธ.ค. 2567' }]],
      ['2-digit BE year attached', '4 ธ.ค.67', [{ year: 2567, month: 12, day: 4, text: '4 ธ.ค.67' }]],
      ['2-digit BE year after a space', '11 มิ.ย. 69', [{ year: 2569, month: 6, day: 11, text: '11 มิ.ย. 69' }]],
      ['Thai digits and full name', '๑๕ มีนาคม ๒๕๖๖', [{ year: 2566, month: 3, day: 15, text: '15 มีนาคม 2566' }]],
      [
        'date and time',
        'ประกาศ 5 กรกฎาคม 2568 เวลา 09:30 น.',
        [{ year: 2568, month: 7, day: 5, text: '5 กรกฎาคม 2568' }],
      ],
      [
        'วันที่ and พ.ศ.',
        'ถึงวันที่ ๓๑ พฤษภาคม พ.ศ. ๒๕๖๔',
        [{ year: 2564, month: 5, day: 31, text: '31 พฤษภาคม พ.ศ. 2564' }],
      ],
      [
        'the formal วันที่ … เดือน … พ.ศ. of signed notices',
        'ประกาศ ณ วันที่ ๑๕ เดือน มีนาคม พ.ศ. ๒๕๖๖',
        [{ year: 2566, month: 3, day: 15, text: '15 เดือน มีนาคม พ.ศ. 2566' }],
      ],
      ['a day range (its last day)', 'วันที่ 1 - 31 ตุลาคม 2567', [{ year: 2567, month: 10, day: 31, text: '31 ตุลาคม 2567' }]],
      ['a common misspelling (ฏ)', '1 กรกฏาคม 2567', [{ year: 2567, month: 7, day: 1, text: '1 กรกฏาคม 2567' }]],
      ['abbreviation without the last dot', '1 ก.ย 2567', [{ year: 2567, month: 9, day: 1, text: '1 ก.ย 2567' }]],
      ['abbreviation with a space', '1 ม. ค. 2568', [{ year: 2568, month: 1, day: 1, text: '1 ม. ค. 2568' }]],
      [
        'dotless abbreviation in a file name (thai-sites.md §3)',
        '4.2-ประกาศรับสมัคร-หอโหวด-18ธค66_compressed.pdf',
        [{ year: 2566, month: 12, day: 18, text: '18ธค66' }],
      ],
      ['English, day first', '1 October 2024', [{ year: 2567, month: 10, day: 1, text: '1 october 2024' }]],
      ['English, month first', 'October 1, 2024', [{ year: 2567, month: 10, day: 1, text: 'october 1, 2024' }]],
      ['English abbreviation', '15 Sept. 2023', [{ year: 2566, month: 9, day: 15, text: '15 sept. 2023' }]],
    ])('%s: %j', (_name, input, expected) => {
      expect(parseThaiDates(input)).toEqual(expected);
    });
  });

  describe('numeric dates', () => {
    it.each<[string, string, ThaiDate[]]>([
      ['d/m/BE', '[อ่าน 5 คน] เมื่อ 1/8/2569', [{ year: 2569, month: 8, day: 1, text: '1/8/2569' }]],
      ['d-m-CE → BE', '01-08-2023', [{ year: 2566, month: 8, day: 1, text: '01-08-2023' }]],
      ['d.m.BE', '31.12.2566', [{ year: 2566, month: 12, day: 31, text: '31.12.2566' }]],
      ['d/m/yy (BE)', '18/12/66', [{ year: 2566, month: 12, day: 18, text: '18/12/66' }]],
      ['Thai digits', '๑/๘/๒๕๖๙', [{ year: 2569, month: 8, day: 1, text: '1/8/2569' }]],
      ['ISO', '2024-10-01', [{ year: 2567, month: 10, day: 1, text: '2024-10-01' }]],
      ['ISO with a time', '2024-10-01T09:30:00Z', [{ year: 2567, month: 10, day: 1, text: '2024-10-01' }]],
      ['ISO with a BE year', '2567-10-01', [{ year: 2567, month: 10, day: 1, text: '2567-10-01' }]],
      [
        'ISO inside a scanned-PDF name (thai-sites.md §3)',
        'Scan2023-10-16_105945.pdf',
        [{ year: 2566, month: 10, day: 16, text: '2023-10-16' }],
      ],
    ])('%s: %j', (_name, input, expected) => {
      expect(parseThaiDates(input)).toEqual(expected);
    });

    it.each([
      ['month 13', '1/13/2567'],
      ['day 32', '32/1/2567'],
      ['day 0', '0/1/2567'],
      ['30 February', '30/2/2567'],
      ['29 February in a common year', '29/2/2566'],
      ['2-digit year with dashes (phone-like)', '12-34-56'],
      ['2-digit year below 50', '1/8/45'],
      ['year out of range', '1/8/1500'],
    ])('rejects %s: %j', (_name, input) => {
      expect(parseThaiDates(input)).toEqual([]);
    });

    it('accepts 29 February in a leap year', () => {
      expect(parseThaiDates('29/2/2567')).toEqual([{ year: 2567, month: 2, day: 29, text: '29/2/2567' }]);
    });
  });

  describe('month and year', () => {
    it.each<[string, string, ThaiDate[]]>([
      ['full name', 'มีนาคม 2566', [{ year: 2566, month: 3, text: 'มีนาคม 2566' }]],
      ['เดือน … พ.ศ.', 'เดือนตุลาคม พ.ศ. 2567', [{ year: 2567, month: 10, text: 'ตุลาคม พ.ศ. 2567' }]],
      ['เดือน … ปี', 'เดือนตุลาคม ปี 2567', [{ year: 2567, month: 10, text: 'ตุลาคม ปี 2567' }]],
      ['abbreviation after เดือน', 'เดือนต.ค.2567', [{ year: 2567, month: 10, text: 'ต.ค.2567' }]],
      ['CE year', 'March 2023', [{ year: 2566, month: 3, text: 'march 2023' }]],
      ['ค.ศ.', 'มีนาคม ค.ศ. 2023', [{ year: 2566, month: 3, text: 'มีนาคม ค.ศ. 2023' }]],
      ['2-digit year attached to a full name', 'มีนาคม66', [{ year: 2566, month: 3, text: 'มีนาคม66' }]],
    ])('%s: %j', (_name, input, expected) => {
      expect(parseThaiDates(input)).toEqual(expected);
    });

    it('keeps month and year when the day is impossible', () => {
      expect(parseThaiDates('31 ก.พ. 2567')).toEqual([{ year: 2567, month: 2, text: 'ก.พ. 2567' }]);
    });
  });

  describe('year only, with a cue', () => {
    it.each<[string, ThaiDate[]]>([
      ['พ.ศ.2568', [{ year: 2568, text: 'พ.ศ.2568' }]],
      ['ปี 2567', [{ year: 2567, text: 'ปี 2567' }]],
      ['ปี ๒๕๖๑', [{ year: 2561, text: 'ปี 2561' }]],
      ['ปีงบประมาณ 2568', [{ year: 2568, text: 'ปีงบประมาณ 2568' }]],
      ['ปีงบประมาณ พ.ศ. ๒๕๖๘', [{ year: 2568, text: 'ปีงบประมาณ พ.ศ. 2568' }]],
      ['ประจำปีงบประมาณ พ.ศ.2566', [{ year: 2566, text: 'ปีงบประมาณ พ.ศ.2566' }]],
      ['ปีงบประมาณ 68', [{ year: 2568, text: 'ปีงบประมาณ 68' }]],
      ['ค.ศ. 2024', [{ year: 2567, text: 'ค.ศ. 2024' }]],
      [
        '(พ.ศ. 2561 – 2564)',
        [
          { year: 2561, text: 'พ.ศ. 2561 – 2564' },
          { year: 2564, text: 'พ.ศ. 2561 – 2564' },
        ],
      ],
    ])('%j', (input, expected) => {
      expect(parseThaiDates(input)).toEqual(expected);
    });
  });

  describe('ranges give both ends', () => {
    it.each<[string, string, ThaiDate[]]>([
      [
        'abbreviations with 2-digit years and Thai digits',
        'ต.ค.๖๕-มี.ค.๖๖',
        [
          { year: 2565, month: 10, text: 'ต.ค.65' },
          { year: 2566, month: 3, text: 'มี.ค.66' },
        ],
      ],
      [
        'full names with years',
        'ตุลาคม 2565 - มีนาคม 2566',
        [
          { year: 2565, month: 10, text: 'ตุลาคม 2565' },
          { year: 2566, month: 3, text: 'มีนาคม 2566' },
        ],
      ],
      [
        'start without a year, same year',
        'ตุลาคม – ธันวาคม 2567',
        [
          { year: 2567, month: 10, text: 'ตุลาคม' },
          { year: 2567, month: 12, text: 'ธันวาคม 2567' },
        ],
      ],
      [
        'start without a year, across the new year',
        'ต.ค. - มี.ค. 2568',
        [
          { year: 2567, month: 10, text: 'ต.ค.' },
          { year: 2568, month: 3, text: 'มี.ค. 2568' },
        ],
      ],
      [
        'days, with ถึง',
        '1 ต.ค. ถึง 31 ธ.ค. 2567',
        [
          { year: 2567, month: 10, day: 1, text: '1 ต.ค.' },
          { year: 2567, month: 12, day: 31, text: '31 ธ.ค. 2567' },
        ],
      ],
      [
        'end without a year',
        'ตุลาคม 2567 - มีนาคม',
        [
          { year: 2567, month: 10, text: 'ตุลาคม 2567' },
          { year: 2568, month: 3, text: 'มีนาคม' },
        ],
      ],
    ])('%s: %j', (_name, input, expected) => {
      expect(parseThaiDates(input)).toEqual(expected);
    });
  });

  it('gives a fiscal quarter with its year as its first and last month', () => {
    expect(parseThaiDates('ไตรมาส 1 ปีงบประมาณ 2568')).toEqual([
      { year: 2567, month: 10, text: 'ไตรมาส 1 ปีงบประมาณ 2568' },
      { year: 2567, month: 12, text: 'ไตรมาส 1 ปีงบประมาณ 2568' },
    ]);
  });

  it('finds every date of a listing in text order', () => {
    const input = 'ประกาศผู้ชนะ [4 ธ.ค. 2567] · สอบราคา เมื่อ 1/8/2569 · ปีงบประมาณ ๒๕๖๘';
    expect(parseThaiDates(input)).toEqual([
      { year: 2567, month: 12, day: 4, text: '4 ธ.ค. 2567' },
      { year: 2569, month: 8, day: 1, text: '1/8/2569' },
      { year: 2568, text: 'ปีงบประมาณ 2568' },
    ]);
  });

  it('reads a date split by PDF artefacts', () => {
    expect(parseThaiDates('๑๕\u00A0มีน\u200Bาคม  ๒๕๖๖')).toEqual([{ year: 2566, month: 3, day: 15, text: '15 มีนาคม 2566' }]);
  });

  describe('traps that are not dates (thai-sites.md §5)', () => {
    it.each([
      ['a phone number with dashes', 'โทร 0-4203-9209'],
      ['a phone number with spaces', 'โทรศัพท์/โทรสาร 054 501 116'],
      ['a Bangkok phone number', 'สายด่วน โทร 02-141-9209'],
      ['a price', 'ราคากลาง 2,566 บาท'],
      ['a price with decimals', 'ราคา 2,566.00 บาท'],
      ['a house number (Thai digits)', 'หมู่ที่ ๑๐ ซอย๗'],
      ['a bare 4-digit number', 'เลขที่ 2566'],
      ['ITA with a year (only a fiscal-year cue)', 'ITA 2568'],
      ['a time', 'เวลา 09:30 น.'],
      ['a count after ปี', 'ปีละ 2 ครั้ง'],
      ['a 2-digit number after ปี', 'ปี 66'],
      ['an age', 'อายุ 66 ปี'],
      ['a bare month name', 'เดือนมีนาคม'],
      ['a count after a full month name', 'มีนาคม 50 ราย'],
      ['a small number after an abbreviation', 'ต.ค. 15 วัน'],
      ['พย inside a word', 'พยาบาล 2567 ทรัพยากร 2567'],
      ['มค inside มคอ.', 'มคอ.3 2567'],
      ['ก.ค.ศ. (the teachers commission)', 'ก.ค.ศ. 2567'],
      ['ก.พ. alone (the civil service commission)', 'สำนักงาน ก.พ.'],
      ['a section number', 'มาตรา 9 (4) ข้อ 3.15'],
      ['an order number with its year', 'คำสั่งที่ 123/2567 ประกาศ ฉบับที่ 12/2567'],
      ['a version number', 'v1.2.3'],
      ['the empty string', ''],
    ])('%s: %j', (_name, input) => {
      expect(parseThaiDates(input)).toEqual([]);
    });
  });

  describe('properties', () => {
    it('never throws and only returns plausible dates', () => {
      const unit = fc.oneof(
        fc.constantFrom(
          ...THAI_MONTHS.flatMap((m) => [m.full, ...m.abbr]),
          'พ.ศ.', 'ปี', 'ปีงบประมาณ', 'ไตรมาส', ' ', '-', '/', '.', ',', ':', 'ถึง', 'เดือน', 'october',
        ),
        fc.integer({ min: 0, max: 3000 }).map(String),
        fc.string({ maxLength: 2 }),
      );
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
          const normalized = normalize(s);
          for (const d of parseThaiDates(s)) {
            expect(d.year).toBeGreaterThanOrEqual(2400);
            expect(d.year).toBeLessThanOrEqual(2743);
            if (d.month !== undefined) expect(d.month).toBeGreaterThanOrEqual(1);
            if (d.month !== undefined) expect(d.month).toBeLessThanOrEqual(12);
            if (d.day !== undefined) {
              const date = new Date(Date.UTC(beToCe(d.year), d.month! - 1, d.day));
              expect(date.getUTCDate()).toBe(d.day); // a real day of that month
            }
            expect(normalized).toContain(d.text);
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('finds no date in numbers, spaces, commas and Thai digits alone', () => {
      const unit = fc.constantFrom(...'0123456789๐๑๒๓๔๕๖๗๘๙ ,', ' บาท', ' โทร ');
      fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => parseThaiDates(s).length === 0));
    });

    it('reads back what formatThaiDate writes', () => {
      const date = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true });
      fc.assert(
        fc.property(date, (d) => {
          const expected = { year: ceToBe(d.getUTCFullYear()), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
          const [actual] = parseThaiDates(formatThaiDate(d));
          expect(actual).toMatchObject(expected);
        }),
      );
    });
  });
});

describe('parseFiscalYears', () => {
  it.each<[string, number[]]>([
    ['ปีงบประมาณ 2568', [2568]],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๘', [2568]],
    ['ประจำปี 2567', [2567]],
    ['ประจำปีงบประมาณ พ.ศ.2566', [2566]],
    ['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 68', [2568]],
    ['ปี 2568', [2568]],
    ['ปี พ.ศ. 2568', [2568]],
    ['ITA 2568', [2568]],
    ['ita2568', [2568]],
    ['ITA ปี 2568', [2568]],
    ['ITA-2567', [2567]],
    ['OIT 2568', [2568]],
    ['ita66', [2566]],
    ['https://www.example.go.th/ita2564/', [2564]],
    ['แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)', [2566, 2567, 2568, 2569, 2570]],
    ['แผนพัฒนาท้องถิ่น 2566 – 2570', [2566, 2567, 2568, 2569, 2570]],
    ['แผนพัฒนา พ.ศ. 2566-70', [2566, 2567, 2568, 2569, 2570]],
    ['ปีงบประมาณ 2566 - 2568', [2566, 2567, 2568]],
    ['แผนอัตรากำลัง-๓-ปีทต.หางดง-61-63.pdf', [2561, 2562, 2563]],
    ['แผน-66.pdf', [2566]],
    ['ปี ๒๕๖๑ ปี ๒๕๖๒ (พ.ศ. 2561 – 2564)', [2561, 2562, 2563, 2564]],
    ['ITA 2568 และ ITA 2567 และ ปีงบประมาณ 2568', [2567, 2568]],
  ])('%j → %j', (input, expected) => {
    expect(parseFiscalYears(input)).toEqual(expected);
  });

  it('gives only the ends of a range longer than 10 years, when it has a cue', () => {
    expect(parseFiscalYears('ปีงบประมาณ 2550-2570')).toEqual([2550, 2570]);
  });

  it('ignores a bare range longer than 10 years or running backwards', () => {
    expect(parseFiscalYears('2550 - 2570')).toEqual([]);
    expect(parseFiscalYears('2570 - 2566')).toEqual([]);
  });

  it.each([
    ['a calendar date with พ.ศ.', 'ประกาศ ณ วันที่ 4 ธันวาคม พ.ศ. 2567'],
    ['a month and ปี', 'สขร. เดือนตุลาคม ปี 2567'],
    ['a law title with พ.ศ.', 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540'],
    ['a phone number', 'โทร 0-4203-9209'],
    ['a phone number around a BE-like range', 'โทร 0-2566-2570'],
    ['a price', 'ราคา 2,566 บาท'],
    ['a price range', 'ราคา 50-60 บาท'],
    ['an age range', 'อายุ 60-65 ปี'],
    ['a time range', 'เวลา 08.30-16.30 น.'],
    ['a numeric date', '18-12-66'],
    ['a date in a file name', 'ประกาศ-18ธค66.pdf'],
    ['a 2-digit number after ปี', 'ปี 66'],
    ['a bare 4-digit number', 'เลขที่ 2566'],
    ['ita inside a word', 'capital2568'],
    ['a house number', 'หมู่ที่ ๑๐'],
  ])('ignores %s: %j', (_name, input) => {
    expect(parseFiscalYears(input)).toEqual([]);
  });

  it('returns sorted years without duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2550, max: 2600 }), { maxLength: 6 }), (years) => {
        const actual = parseFiscalYears(years.map((y) => `ปีงบประมาณ ${y}`).join(' และ '));
        expect(actual).toEqual([...new Set(years)].sort((a, b) => a - b));
      }),
    );
  });
});

describe('fiscalYearOf', () => {
  it.each([
    [{ year: 2567, month: 10 }, 2568],
    [{ year: 2567, month: 12 }, 2568],
    [{ year: 2568, month: 1 }, 2568],
    [{ year: 2568, month: 9 }, 2568],
    [{ year: 2568, month: 10 }, 2569],
    [{ year: 2568 }, 2568],
  ])('%o → FY %i', (input, expected) => {
    expect(fiscalYearOf(input)).toBe(expected);
  });

  it('places October 2567 in FY 2568 (thai-sites.md §5: "ITA 2568" evidence dated ต.ค. 2567)', () => {
    const [date] = parseThaiDates('4 ต.ค. 2567');
    expect(fiscalYearOf(date)).toBe(2568);
  });
});

describe('fiscalYearRange', () => {
  it('runs FY2566 from 1 Oct 2022 to the end of 30 Sep 2023 (UTC)', () => {
    const { start, end } = fiscalYearRange(2566);
    expect(start.toISOString()).toBe('2022-10-01T00:00:00.000Z');
    expect(end.toISOString()).toBe('2023-09-30T23:59:59.999Z');
  });

  it('runs FY2568 from Oct 2024 to Sep 2025 (design.md)', () => {
    const { start, end } = fiscalYearRange(2568);
    expect(start.toISOString()).toBe('2024-10-01T00:00:00.000Z');
    expect(end.toISOString()).toBe('2025-09-30T23:59:59.999Z');
  });

  it('agrees with fiscalYearOf and leaves no gap between years', () => {
    const date = fc.date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2150-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const fy = fiscalYearOf({ year: ceToBe(d.getUTCFullYear()), month: d.getUTCMonth() + 1 });
        const { start, end } = fiscalYearRange(fy);
        expect(start.getTime()).toBeLessThanOrEqual(d.getTime());
        expect(d.getTime()).toBeLessThanOrEqual(end.getTime());
        expect(fiscalYearRange(fy + 1).start.getTime()).toBe(end.getTime() + 1);
      }),
    );
  });
});

describe('firstHalfMonths', () => {
  it('lists October to March of FY2566', () => {
    expect(firstHalfMonths(2566)).toEqual([
      { year: 2565, month: 10 },
      { year: 2565, month: 11 },
      { year: 2565, month: 12 },
      { year: 2566, month: 1 },
      { year: 2566, month: 2 },
      { year: 2566, month: 3 },
    ]);
  });

  it('gives months that all belong to that fiscal year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2500, max: 2650 }), (fy) =>
        firstHalfMonths(fy).every((m) => fiscalYearOf(m) === fy),
      ),
    );
  });
});

describe('monthsMentioned', () => {
  it.each<[string, { year: number; month: number }[]]>([
    ['สขร. เดือน ตุลาคม 2567', [{ year: 2567, month: 10 }]],
    ['ประจำเดือนพฤศจิกายน ๒๕๖๗', [{ year: 2567, month: 11 }]],
    ['ต.ค.67', [{ year: 2567, month: 10 }]],
    ['เดือน ม.ค. 2568', [{ year: 2568, month: 1 }]],
    ['ประกาศ 4 ธ.ค. 2567', [{ year: 2567, month: 12 }]],
    ['เมื่อ 1/8/2569', [{ year: 2569, month: 8 }]],
    ['2024-10-01', [{ year: 2567, month: 10 }]],
  ])('%j', (input, expected) => {
    expect(monthsMentioned(input)).toEqual(expected);
  });

  it('with namedOnly, skips a date with a day (an upload date) but keeps months and ranges', () => {
    const row = 'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน มกราคม 2566 | 10 กุมภาพันธ์ 2566 | 10/03/2566';
    expect(monthsMentioned(row, { namedOnly: true })).toEqual([{ year: 2566, month: 1 }]);
    expect(monthsMentioned(row).map((m) => m.month)).toEqual([1, 2, 3]);
    expect(monthsMentioned('1 ต.ค. 2565 - 31 ธ.ค. 2565', { namedOnly: true }).map((m) => m.month)).toEqual([10, 11, 12]);
    // Without ranges, a yearly summary's period names no month's file.
    expect(monthsMentioned('รายงานสรุปผล ประจำปีงบประมาณ 2568 (ต.ค. 2567 – ก.ย. 2568) | สขร. เดือนตุลาคม 2567', { namedOnly: true, ranges: false })).toEqual([{ year: 2567, month: 10 }]);
    // The "1" of the form's name is no day.
    expect(monthsMentioned('สขร.1 เดือนตุลาคม 2565 | สขร. 1 เดือนพฤศจิกายน 2565', { namedOnly: true }).map((m) => m.month)).toEqual([10, 11]);
  });

  it('expands a range to every month in it', () => {
    expect(monthsMentioned('ตุลาคม 2567 - มีนาคม 2568')).toEqual([
      { year: 2567, month: 10 },
      { year: 2567, month: 11 },
      { year: 2567, month: 12 },
      { year: 2568, month: 1 },
      { year: 2568, month: 2 },
      { year: 2568, month: 3 },
    ]);
  });

  it('expands a range of abbreviations with Thai digits', () => {
    expect(monthsMentioned('ต.ค.๖๕-ธ.ค.๖๕')).toEqual([
      { year: 2565, month: 10 },
      { year: 2565, month: 11 },
      { year: 2565, month: 12 },
    ]);
  });

  it('expands a range whose start has no year', () => {
    expect(monthsMentioned('ระหว่างเดือนพฤศจิกายน ถึง เดือนมกราคม 2568')).toEqual([
      { year: 2567, month: 11 },
      { year: 2567, month: 12 },
      { year: 2568, month: 1 },
    ]);
  });

  it('expands a range of numeric dates', () => {
    expect(monthsMentioned('1/10/2567 - 31/12/2567')).toEqual([
      { year: 2567, month: 10 },
      { year: 2567, month: 11 },
      { year: 2567, month: 12 },
    ]);
  });

  it('gives only the ends of a range longer than two years', () => {
    expect(monthsMentioned('มกราคม 2560 - ธันวาคม 2567')).toEqual([
      { year: 2560, month: 1 },
      { year: 2567, month: 12 },
    ]);
  });

  it.each<[string, { year: number; month: number }[]]>([
    [
      'ไตรมาส 1 ปีงบประมาณ 2568',
      [
        { year: 2567, month: 10 },
        { year: 2567, month: 11 },
        { year: 2567, month: 12 },
      ],
    ],
    [
      'ไตรมาส 2 ปีงบประมาณ 2568',
      [
        { year: 2568, month: 1 },
        { year: 2568, month: 2 },
        { year: 2568, month: 3 },
      ],
    ],
    [
      'ไตรมาสที่ 3 ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      [
        { year: 2568, month: 4 },
        { year: 2568, month: 5 },
        { year: 2568, month: 6 },
      ],
    ],
    [
      'ไตรมาสที่ 4/2567',
      [
        { year: 2567, month: 7 },
        { year: 2567, month: 8 },
        { year: 2567, month: 9 },
      ],
    ],
  ])('expands a fiscal quarter: %j', (input, expected) => {
    expect(monthsMentioned(input)).toEqual(expected);
  });

  it.each<[string, number[]]>([
    ['รายงานผลการดำเนินงาน ไตรมาส 1-2 ปีงบประมาณ 2568', [256710, 256711, 256712, 256801, 256802, 256803]],
    ['ไตรมาสที่ 1 และ 2 ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', [256710, 256711, 256712, 256801, 256802, 256803]],
    ['ไตรมาส 1 ถึง ไตรมาส 3/2568', [256710, 256711, 256712, 256801, 256802, 256803, 256804, 256805, 256806]],
    ['ไตรมาส 3-4 ปีงบประมาณ 2567', [256704, 256705, 256706, 256707, 256708, 256709]],
  ])('expands a run of quarters: %j', (input, expected) => {
    expect(monthsMentioned(input).map((m) => m.year * 100 + m.month)).toEqual(expected);
  });

  it('reads a quarter before a year or a backwards pair as one quarter, not a run', () => {
    // "ไตรมาส 1 - 2568": the 2 starts a year; "ไตรมาส 2-1" is no run.
    expect(monthsMentioned('ไตรมาส 1 - 2568 ปีงบประมาณ 2568').map((m) => m.month)).toEqual([10, 11, 12]);
    expect(monthsMentioned('ไตรมาส 2-1 ปีงบประมาณ 2568').map((m) => m.month)).toEqual([1, 2, 3]);
  });

  it('gives a run of quarters its first and last month as dates', () => {
    expect(parseThaiDates('ไตรมาส 1-2 ปีงบประมาณ 2568').map((d) => [d.year, d.month])).toEqual([
      [2567, 10],
      [2568, 3],
    ]);
  });

  it('gives a quarter without a year the nearest fiscal year', () => {
    expect(monthsMentioned('รายงานปีงบประมาณ 2568 ไตรมาส 1')).toEqual([
      { year: 2567, month: 10 },
      { year: 2567, month: 11 },
      { year: 2567, month: 12 },
    ]);
  });

  it('skips a quarter when the text has no fiscal year', () => {
    expect(monthsMentioned('ไตรมาส 1 ประกาศ 4 ธ.ค. 2567')).toEqual([{ year: 2567, month: 12 }]);
  });

  it('gives a month without a year the nearest year in the text', () => {
    expect(monthsMentioned('สรุปผลเดือนมกราคม และ กุมภาพันธ์ 2568 (ปี 2567 ดูหน้าเดิม)')).toEqual([
      { year: 2568, month: 1 },
      { year: 2568, month: 2 },
    ]);
  });

  it('moves October–December into the year before when the nearest year is a fiscal year', () => {
    expect(monthsMentioned('สรุปผลเดือนตุลาคม ปีงบประมาณ 2568')).toEqual([{ year: 2567, month: 10 }]);
    expect(monthsMentioned('สรุปผลเดือนมกราคม ปีงบประมาณ 2568')).toEqual([{ year: 2568, month: 1 }]);
  });

  it('skips a month when the text names no year', () => {
    expect(monthsMentioned('สรุปผลการจัดซื้อจัดจ้าง เดือนมีนาคม')).toEqual([]);
  });

  it('never reads a bare abbreviation that may be something else (ก.พ. the commission)', () => {
    expect(monthsMentioned('ประกาศ ก.พ. เรื่องหลักเกณฑ์ ปี 2567')).toEqual([]);
  });

  it('returns sorted months without duplicates', () => {
    const input = 'ม.ค. 68 · ต.ค.67 · ตุลาคม 2567 · สขร. เดือน ตุลาคม ๒๕๖๗ · 15/10/2567';
    expect(monthsMentioned(input)).toEqual([
      { year: 2567, month: 10 },
      { year: 2568, month: 1 },
    ]);
  });

  it('finds no months in phone numbers, prices and house numbers', () => {
    expect(monthsMentioned('โทร 0-4203-9209 ราคา 2,566 บาท หมู่ที่ ๑๐')).toEqual([]);
  });
});

describe('thaiMonthName', () => {
  it('names every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(thaiMonthName)).toEqual(THAI_MONTHS.map((m) => m.full));
  });

  it.each([0, 13, 1.5, -1, Number.NaN])('throws a RangeError for %d', (month) => {
    expect(() => thaiMonthName(month)).toThrow(RangeError);
  });
});

describe('formatThaiDate', () => {
  it.each([
    ['2026-11-26T00:00:00Z', '26 พ.ย. 2569'],
    ['2024-12-04T12:00:00Z', '4 ธ.ค. 2567'],
    ['2023-01-01T00:00:00Z', '1 ม.ค. 2566'],
    ['2025-09-30T23:59:59.999Z', '30 ก.ย. 2568'],
  ])('%s → %s', (iso, expected) => {
    expect(formatThaiDate(new Date(iso))).toBe(expected);
  });

  it('formats the fiscal year bounds as the dates they are', () => {
    const { start, end } = fiscalYearRange(2566);
    expect(`${formatThaiDate(start)} – ${formatThaiDate(end)}`).toBe('1 ต.ค. 2565 – 30 ก.ย. 2566');
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => formatThaiDate(new Date('nope'))).toThrow(RangeError);
  });
});
