/**
 * Thai dates, Buddhist-era years and the government fiscal year (shared/design.md "Thai text").
 *
 * Pure functions with no Node or browser APIs (they run in the content script too). Every parser
 * works on `normalize()`d text (./normalize), so it only ever sees Arabic digits, single ASCII
 * spaces, composed SARA AM and lower-case Latin.
 *
 * The date shapes come from thai-sites.md §5: `4 ธ.ค. 2567`, `๑๕ มีนาคม ๒๕๖๖`,
 * `5 กรกฎาคม 2568 เวลา 09:30 น.`, `1/8/2569`, `ปีงบประมาณ 2568`, 2-digit BE years (`61-63`,
 * `18ธค66`) in file names (§3), and Thai and Arabic digits mixed in one line. The same section lists
 * the traps that must NOT become dates: phone numbers (`0-4203-9209`, `054 501 116`), house numbers
 * (`หมู่ที่ ๑๐`) and prices. So a bare number is never a year: it needs a cue (พ.ศ., ปี,
 * ปีงบประมาณ, a month name, or the d/m/y shape).
 */
import { normalize } from './normalize';

// ---------------------------------------------------------------------------------------------
// Years
// ---------------------------------------------------------------------------------------------

/** Buddhist era = common era + 543 (the Thai solar calendar has counted from 1 January since 1941). */
const BE_OFFSET = 543;

/** Buddhist-era year → common-era year. */
export function beToCe(be: number): number {
  return be - BE_OFFSET;
}

/** Common-era year → Buddhist-era year. */
export function ceToBe(ce: number): number {
  return ce + BE_OFFSET;
}

/**
 * Plausible 4-digit year ranges. BE 2400–2700 is CE 1857–2157 and CE 1900–2200 is BE 2443–2743:
 * the two ranges cannot be confused (2200 < 2400), so a 4-digit year is BE or CE by its value.
 */
const BE_MIN = 2400;
const BE_MAX = 2700;
const CE_MIN = 1900;
const CE_MAX = 2200;

/**
 * The lowest 2-digit BE year the text parsers accept (`ธ.ค.67`, `61-63`, `ปีงบประมาณ 68`): 50 is
 * BE 2550 = CE 2007, well before ITA existed (thai-sites.md §2 shows pages from ITA 2563 on), and it
 * keeps small counts (`ต.ค. 15 วัน`) from being read as years. `normalizeYear` itself accepts 0–99.
 */
const TWO_DIGIT_MIN = 50;

/**
 * Longest year range read as "every year in between" (`แผนพัฒนาท้องถิ่น พ.ศ. 2566-2570`): local
 * development plans run 3 to 5 years, strategic plans up to 10.
 */
const MAX_YEAR_SPAN = 10;

/**
 * A year written as 4-digit BE (2400–2700), 4-digit CE (1900–2200), or 2-digit BE (0–99, read as
 * 25xx: `66` → 2566, thai-sites.md §5); anything else is `null`.
 */
export function normalizeYear(y: number): { be: number; ce: number } | null {
  if (!Number.isInteger(y) || y < 0) return null;
  let be: number;
  if (y <= 99) be = 2500 + y;
  else if (y >= BE_MIN && y <= BE_MAX) be = y;
  else if (y >= CE_MIN && y <= CE_MAX) be = ceToBe(y);
  else return null;
  return { be, ce: beToCe(be) };
}

// ---------------------------------------------------------------------------------------------
// Months
// ---------------------------------------------------------------------------------------------

/**
 * The spellings of one two-letter abbreviation: with dots (`ม.ค.`), without the final dot (`ม.ค`),
 * without dots (`มค`, file names like `18ธค66`, thai-sites.md §3), and with a space (`ม. ค.`).
 * The first one is the canonical form used by `formatThaiDate`.
 */
function abbrVariants(first: string, second: string): string[] {
  return [
    `${first}.${second}.`,
    `${first}.${second}`,
    `${first}${second}.`,
    `${first}${second}`,
    `${first}. ${second}.`,
    `${first}. ${second}`,
  ];
}

/** Full name and the two parts of the standard abbreviation of each month. */
const MONTH_PARTS: readonly (readonly [full: string, first: string, second: string])[] = [
  ['มกราคม', 'ม', 'ค'],
  ['กุมภาพันธ์', 'ก', 'พ'],
  ['มีนาคม', 'มี', 'ค'],
  ['เมษายน', 'เม', 'ย'],
  ['พฤษภาคม', 'พ', 'ค'],
  ['มิถุนายน', 'มิ', 'ย'],
  ['กรกฎาคม', 'ก', 'ค'],
  ['สิงหาคม', 'ส', 'ค'],
  ['กันยายน', 'ก', 'ย'],
  ['ตุลาคม', 'ต', 'ค'],
  ['พฤศจิกายน', 'พ', 'ย'],
  ['ธันวาคม', 'ธ', 'ค'],
];

/** The twelve Thai months: full name, abbreviations (canonical dotted form first), number 1–12. */
export const THAI_MONTHS: readonly { full: string; abbr: string[]; month: number }[] = MONTH_PARTS.map(
  ([full, first, second], i) => ({ full, abbr: abbrVariants(first, second), month: i + 1 }),
);
// Frozen: shared data that every module reads; an accidental push would change every parse.
for (const m of Object.freeze(THAI_MONTHS)) Object.freeze(Object.freeze(m).abbr);

/**
 * Common misspellings of full names seen in typed Thai: ฏ for ฎ in กรกฎาคม, and กุมภาพันธ์ without
 * its THANTHAKHAT.
 */
const THAI_MONTH_MISSPELLINGS: readonly (readonly [string, number])[] = [
  ['กรกฏาคม', 7],
  ['กุมภาพันธ', 2],
];

/** English month names, for the occasional English date in a page (thai-sites.md §7.14). */
const ENGLISH_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Lookup from a month token with dots and spaces removed to its number. */
const MONTH_BY_KEY = new Map<string, number>();
const monthKey = (token: string): string => token.replace(/[. ]/g, '');
for (const m of THAI_MONTHS) {
  MONTH_BY_KEY.set(m.full, m.month);
  for (const a of m.abbr) MONTH_BY_KEY.set(monthKey(a), m.month);
}
for (const [name, month] of THAI_MONTH_MISSPELLINGS) MONTH_BY_KEY.set(name, month);
ENGLISH_MONTHS.forEach((name, i) => {
  MONTH_BY_KEY.set(name, i + 1);
  MONTH_BY_KEY.set(name.slice(0, 3), i + 1);
});
MONTH_BY_KEY.set('sept', 9);

/** The full Thai name of month 1–12 (`thaiMonthName(3)` → `มีนาคม`). Throws RangeError otherwise. */
export function thaiMonthName(month: number): string {
  const m = THAI_MONTHS[month - 1];
  if (!Number.isInteger(month) || !m) throw new RangeError(`month must be 1-12, got ${month}`);
  return m.full;
}

/**
 * A date as Thai sites write it: day, dotted abbreviation, BE year (`26 พ.ย. 2569`). Uses the UTC
 * calendar day, like `fiscalYearRange` and the dates built from parsed text, so a date round-trips.
 * (A wall-clock time between 00:00 and 07:00 in Thailand shows the previous UTC day.)
 */
export function formatThaiDate(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid Date');
  return `${d.getUTCDate()} ${THAI_MONTHS[d.getUTCMonth()].abbr[0]} ${ceToBe(d.getUTCFullYear())}`;
}

// ---------------------------------------------------------------------------------------------
// Fiscal year
// ---------------------------------------------------------------------------------------------

/** The Thai government fiscal year starts on 1 October (shared/design.md; thai-sites.md §5). */
const FISCAL_START_MONTH = 10;

/**
 * The BE fiscal year a date falls in: 1 October – 30 September, so October–December of BE year Y
 * belong to fiscal year Y + 1. Without a month, the year is taken as the fiscal year.
 */
export function fiscalYearOf(d: { year: number; month?: number }): number {
  return d.month !== undefined && d.month >= FISCAL_START_MONTH ? d.year + 1 : d.year;
}

/** First and last instant (UTC, end inclusive) of a BE fiscal year: FY2566 = 1 Oct 2022 – 30 Sep 2023. */
export function fiscalYearRange(fyBe: number): { start: Date; end: Date } {
  const ce = beToCe(fyBe);
  return {
    start: new Date(Date.UTC(ce - 1, FISCAL_START_MONTH - 1, 1)),
    end: new Date(Date.UTC(ce, FISCAL_START_MONTH - 1, 1) - 1),
  };
}

/**
 * The six months October–March of a fiscal year, as BE year + month: the period of the
 * "รอบ 6 เดือน" report (thai-sites.md §2, item 10).
 */
export function firstHalfMonths(fyBe: number): { year: number; month: number }[] {
  return [10, 11, 12, 1, 2, 3].map((month) => ({ year: month >= FISCAL_START_MONTH ? fyBe - 1 : fyBe, month }));
}

// ---------------------------------------------------------------------------------------------
// Date parsing
// ---------------------------------------------------------------------------------------------

export interface ThaiDate {
  /** Buddhist-era year. */
  year: number;
  /** 1–12, when the text names a month. */
  month?: number;
  /** 1–31, when the text names a day. */
  day?: number;
  /** The matched text, as it reads after `normalize()` (Arabic digits, folded spaces, lower case). */
  text: string;
}

/** Any Thai letter or mark (everything in the block before the digits). */
const TH = '\\u0E01-\\u0E4E';

const longestFirst = (a: string, b: string): number => b.length - a.length;

/** Full Thai month names (and misspellings); distinctive enough to need no boundary. */
const THAI_FULL_NAMES: ReadonlySet<string> = new Set([
  ...THAI_MONTHS.map((m) => m.full),
  ...THAI_MONTH_MISSPELLINGS.map(([name]) => name),
]);
const THAI_FULL_SRC = [...THAI_FULL_NAMES].sort(longestFirst).join('|');

/**
 * Thai abbreviations. Thai has no spaces between words, so the bare letters occur inside words
 * (`พย` in `พยาบาล`, `ทรัพยากร`; `มค` in `มคอ.`; `ก.ค.` in `ก.ค.ศ.`, `ก.พ.` is also the Civil
 * Service Commission): an abbreviation must not be preceded by a Thai letter (except `เดือน`,
 * as in `เดือนต.ค.`) nor followed by one. Dotless forms must also carry a year (checked in code).
 */
const THAI_ABBR_SRC = MONTH_PARTS.map(([, a, b]) => `${a}(?:\\. ?)?${b}\\.?`).join('|');

const ENGLISH_SRC = [...ENGLISH_MONTHS, ...ENGLISH_MONTHS.map((n) => n.slice(0, 3)), 'sept']
  .sort(longestFirst)
  .join('|');

const MONTH_SRC =
  `(?:${THAI_FULL_SRC}` +
  `|(?:(?<=เดือน)|(?<![${TH}]))(?:${THAI_ABBR_SRC})(?!\\.?[${TH}])` +
  `|(?<![a-z])(?:${ENGLISH_SRC})\\.?(?![a-z]))`;

/** Era markers: พ.ศ. (BE) and ค.ศ. (CE); the dotless forms only as a word of their own. */
const ERA_SRC = `(?:พ\\. ?ศ\\.?|ค\\. ?ศ\\.?|(?<![${TH}])(?:พศ|คศ)\\.?)`;

/**
 * A 4- or 2-digit year that is a whole number: not followed by another digit, and not the start of
 * a decimal, price, time or fraction (`2,566`, `09:30`).
 */
const YEAR_SRC = '(\\d{4}|\\d{2})(?!\\d)(?![.,:/]\\d)';

/** A day number that is not the tail of a longer number, decimal or time. */
const DAY_SRC = '(?<!\\d)(?<!\\d[.,:/])(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * Day? + month + (ปี? era? year)?: `4 ธ.ค. 2567`, `4 ธ.ค.67`, `มีนาคม 2566`,
 * `ตุลาคม พ.ศ. 2567`, `ตุลาคม ปี 2567`, the formal `15 เดือน มีนาคม พ.ศ. 2566` of signed notices,
 * `1 october 2024`, and a bare month (used for ranges and year inference).
 * Groups: 1 day, 2 month, 3 era, 4 year.
 */
const MONTH_PHRASE_RE = new RegExp(
  `(?:${DAY_SRC} ?(?:เดือน ?)?)?(${MONTH_SRC})(?: ?(?:ปี ?)?(?:(${ERA_SRC}) ?)?${YEAR_SRC})?`,
  'gd',
);

/** English month-first: `october 1, 2024`. Groups: 1 month, 2 day, 3 year. */
const ENGLISH_MDY_RE = new RegExp(
  `(?<![a-z])(${ENGLISH_SRC})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)(?![.,:/]\\d)`,
  'g',
);

/**
 * d/m/y as Thai sites write it (`1/8/2569`, `01-08-2023`, `18/12/66`): day first, year BE or CE by
 * value. A 2-digit year only with slashes; `-` and `.` with two digits look like phone numbers and
 * version numbers. Groups: 1 day, 2 separator, 3 month, 4 year.
 */
const DMY_RE = /(?<!\d)(?<!\d[.,:/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(?![.,:/-]\d)/g;

/** y-m-d (ISO `2024-10-01`, also in file names `Scan2023-10-16_105945.pdf`). Groups: 1 y, 3 m, 4 d. */
const YMD_RE = /(?<!\d)(?<!\d[.,:/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?![.,:/-]\d)/g;

/**
 * A year with a cue and no month: `พ.ศ.2568`, `ปี 2567`, `ปีงบประมาณ 2568`,
 * `ปีงบประมาณ พ.ศ. 2568`, `(พ.ศ. 2561 – 2564)` (both ends). Groups: 1 cue word, 2 era after the
 * cue, 3 era alone, 4 year, 5 range end.
 */
const YEAR_CUE_RE = new RegExp(
  `(?:(ปีงบประมาณ|ปีงบ\\.?|ปี) ?(?:(${ERA_SRC}) ?)?|(${ERA_SRC}) ?)${YEAR_SRC}(?: ?[-–—] ?${YEAR_SRC})?`,
  'g',
);

/**
 * A fiscal quarter (`ไตรมาส 1 ปีงบประมาณ 2568`, `ไตรมาสที่ 2/2568`) or a run of them (`ไตรมาส 1-2`,
 * `ไตรมาสที่ 1 และ 2`, `ไตรมาส 1 ถึง ไตรมาส 2`). Government quarters are fiscal: quarter 1 is
 * October–December. Groups: 1 quarter, 2 last quarter of a run, 3 fiscal year.
 */
const QUARTER_RE = new RegExp(
  `ไตรมาส(?:ที่)? ?([1-4])(?!\\d)(?: ?(?:[-–—]|ถึง|และ|,) ?(?:ไตรมาส(?:ที่)? ?)?([1-4])(?!\\d))?(?: ?(?:/ ?)?(?:(?:ประจำ)?(?:ปีงบประมาณ|ปีงบ\\.?|ปี) ?)?(?:${ERA_SRC} ?)?${YEAR_SRC})?`,
  'gd',
);

/** What joins the two ends of a range: `ต.ค.65-มี.ค.66`, `ตุลาคม 2565 - มีนาคม 2566`, `… ถึง เดือน …`. */
const RANGE_GAP_RE = /^ ?(?:[-–—]|ถึง|to|until) ?(?:(?:เดือน|วันที่) ?)?$/;

/** Text just before a token that makes a bare abbreviated month a month (`เดือน ต.ค.`). */
const MONTH_CUE_BEFORE_RE = /เดือน ?$/;

/** Longest month range expanded month by month (two fiscal years); longer ones give their ends. */
const MAX_MONTH_RANGE = 24;

/** A calendar mention: always a month; the year is missing for a bare month (`ตุลาคม`). */
interface DateToken {
  kind: 'date';
  start: number;
  end: number;
  year?: number;
  month: number;
  day?: number;
  /** A bare month that may not be a month at all (`ก.พ.` the commission, English `may`). */
  isWeak: boolean;
}

/** A year with a cue and no month; `isFiscal` when the cue is ปีงบประมาณ. */
interface YearToken {
  kind: 'year';
  start: number;
  end: number;
  years: number[];
  isFiscal: boolean;
}

interface QuarterToken {
  kind: 'quarter';
  start: number;
  end: number;
  quarter: number;
  /** The last quarter of a run (`ไตรมาส 1-2` → 2); `quarter` itself when there is no run. */
  lastQuarter: number;
  fiscalYear?: number;
}

type Token = DateToken | YearToken | QuarterToken;

const isCeEra = (era: string | undefined): boolean => era !== undefined && era.startsWith('ค');

/**
 * BE year from matched digits, or null. A 2-digit year needs `allowTwoDigit` and ≥ TWO_DIGIT_MIN;
 * with ค.ศ. the year must be CE, with พ.ศ. BE.
 */
function yearFromDigits(digits: string, era: string | undefined, allowTwoDigit: boolean): number | null {
  const n = Number(digits);
  if (digits.length === 2) {
    return allowTwoDigit && n >= TWO_DIGIT_MIN && !isCeEra(era) ? 2500 + n : null;
  }
  if (era !== undefined) {
    if (isCeEra(era)) return n >= CE_MIN && n <= CE_MAX ? ceToBe(n) : null;
    return n >= BE_MIN && n <= BE_MAX ? n : null;
  }
  return normalizeYear(n)?.be ?? null;
}

/** The second year of `2566-70` or `2566-2570`: a 2-digit end takes the century of the start. */
function rangeEndYear(start: number, digits: string): number | null {
  if (digits.length === 2) return start - (start % 100) + Number(digits);
  return yearFromDigits(digits, undefined, false);
}

function daysInMonth(be: number, month: number): number {
  return new Date(Date.UTC(beToCe(be), month, 0)).getUTCDate();
}

const isValidDay = (be: number | undefined, month: number, day: number): boolean =>
  day >= 1 && day <= (be === undefined ? 31 : daysInMonth(be, month));

/** Every candidate mention in normalised text, possibly overlapping. */
function candidates(text: string): Token[] {
  const out: Token[] = [];

  for (const m of text.matchAll(MONTH_PHRASE_RE)) {
    const [, dayDigits, monthText, era, yearDigits] = m;
    const idx = m.indices!;
    const month = MONTH_BY_KEY.get(monthKey(monthText))!;
    const isEnglish = /^[a-z]/.test(monthText);
    const isThaiAbbr = !isEnglish && !THAI_FULL_NAMES.has(monthText);
    const isDotless = isThaiAbbr && !monthText.includes('.');
    const monthEnd = idx[2][1];

    let year: number | undefined;
    if (yearDigits !== undefined) {
      // 2-digit years are trusted when they are written the way sites abbreviate dates (`ธ.ค.67`,
      // `18ธค66`, `15 มีนาคม 66`, `พ.ศ. 66`), not after a bare full name (`มีนาคม 50 ราย`).
      const isAttached = idx[4][0] === monthEnd;
      const allowTwoDigit = isAttached || isThaiAbbr || dayDigits !== undefined || era !== undefined;
      year = yearFromDigits(yearDigits, era, allowTwoDigit) ?? undefined;
    }
    // A dotless abbreviation is only a month inside a date (`18ธค66`), never on its own.
    if (isDotless && year === undefined) continue;

    let start = m.index;
    let day = dayDigits !== undefined ? Number(dayDigits) : undefined;
    if (day !== undefined && !isValidDay(year, month, day)) {
      day = undefined;
      start = idx[2][0];
    }
    const end = year !== undefined ? m.index + m[0].length : monthEnd;
    const isWeak =
      year === undefined &&
      (isEnglish || (isThaiAbbr && day === undefined && !MONTH_CUE_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start))));
    out.push({ kind: 'date', start, end, year, month, day, isWeak });
  }

  for (const m of text.matchAll(ENGLISH_MDY_RE)) {
    const month = MONTH_BY_KEY.get(monthKey(m[1]))!;
    const year = yearFromDigits(m[3], undefined, false);
    const day = Number(m[2]);
    if (year === null || !isValidDay(year, month, day)) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, year, month, day, isWeak: false });
  }

  const numeric = (index: number, length: number, y: string, mo: string, d: string, allowTwoDigit: boolean) => {
    const year = yearFromDigits(y, undefined, allowTwoDigit);
    const month = Number(mo);
    const day = Number(d);
    if (year === null || month < 1 || month > 12 || !isValidDay(year, month, day)) return;
    out.push({ kind: 'date', start: index, end: index + length, year, month, day, isWeak: false });
  };
  for (const m of text.matchAll(DMY_RE)) numeric(m.index, m[0].length, m[4], m[3], m[1], m[2] === '/');
  for (const m of text.matchAll(YMD_RE)) numeric(m.index, m[0].length, m[1], m[3], m[4], false);

  for (const m of text.matchAll(YEAR_CUE_RE)) {
    const [, cue, eraAfterCue, eraAlone, yearDigits, endDigits] = m;
    const era = eraAfterCue ?? eraAlone;
    // `ปี 66` is too loose (`ปี 60` in a sentence); `ปีงบประมาณ 68` and `พ.ศ. 66` are not.
    const year = yearFromDigits(yearDigits, era, cue !== 'ปี' || era !== undefined);
    if (year === null) continue;
    const years = [year];
    const endYear = endDigits !== undefined ? rangeEndYear(year, endDigits) : null;
    if (endYear !== null && endYear > year && endYear - year <= MAX_YEAR_SPAN) years.push(endYear);
    const isFiscal = cue !== undefined && cue.startsWith('ปีงบ');
    out.push({ kind: 'year', start: m.index, end: m.index + m[0].length, years, isFiscal });
  }

  for (const m of text.matchAll(QUARTER_RE)) {
    const fiscalYear = m[3] !== undefined ? (yearFromDigits(m[3], undefined, true) ?? undefined) : undefined;
    const quarter = Number(m[1]);
    const last = m[2] !== undefined ? Number(m[2]) : quarter;
    const run = last > quarter; // `ไตรมาส 2-1` is no run: read the first quarter only
    const end = fiscalYear !== undefined ? m.index + m[0].length : m.indices![run ? 2 : 1][1];
    out.push({ kind: 'quarter', start: m.index, end, quarter, lastQuarter: run ? last : quarter, fiscalYear });
  }

  return out;
}

/**
 * Non-overlapping mentions in text order: at each position the longest candidate wins, so
 * `4 ธันวาคม พ.ศ. 2567` is one date, not a date plus a `พ.ศ. 2567` year.
 */
function scan(text: string): Token[] {
  const all = candidates(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  let taken = 0;
  for (const t of all) {
    if (t.start < taken) continue;
    out.push(t);
    taken = t.end;
  }
  return out;
}

/** Two calendar mentions joined as a range, with a missing year on either end filled in. */
interface DateRange {
  from: DateToken & { year: number };
  to: DateToken & { year: number };
}

interface Ranges {
  /** Range by its first token. */
  byStart: Map<DateToken, DateRange>;
  /** The last tokens of ranges: reported with their range, not on their own. */
  ends: Set<Token>;
}

/**
 * Ranges among the scanned tokens (`ต.ค.65-มี.ค.66`, `ตุลาคม - ธันวาคม 2567`). A missing year is
 * taken from the other end: `ตุลาคม - มีนาคม 2568` starts in ตุลาคม 2567.
 */
function findRanges(text: string, tokens: Token[]): Ranges {
  const ranges: Ranges = { byStart: new Map(), ends: new Set() };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.kind !== 'date' || b.kind !== 'date') continue;
    if (a.year === undefined && b.year === undefined) continue;
    if (!RANGE_GAP_RE.test(text.slice(a.end, b.start))) continue;
    const fromYear = a.year ?? (a.month <= b.month ? b.year! : b.year! - 1);
    const toYear = b.year ?? (a.month <= b.month ? fromYear : fromYear + 1);
    ranges.byStart.set(a, { from: { ...a, year: fromYear }, to: { ...b, year: toYear } });
    ranges.ends.add(b);
    i++; // b is the end of this range, not the start of another
  }
  return ranges;
}

const quarterMonths = (quarter: number, fiscalYear: number): { year: number; month: number }[] => {
  // Quarter 1 = Oct–Dec of the previous BE year; quarters 2–4 = Jan–Sep of the fiscal year.
  const first = ((quarter + 2) % 4) * 3 + 1; // 1 → 10, 2 → 1, 3 → 4, 4 → 7
  return [0, 1, 2].map((k) => ({ year: quarter === 1 ? fiscalYear - 1 : fiscalYear, month: first + k }));
};

/**
 * Every date in free text, in text order. Forms (thai-sites.md §5): `4 ธ.ค. 2567`, `4 ธ.ค.67`,
 * `๑๕ มีนาคม ๒๕๖๖`, `5 กรกฎาคม 2568 เวลา 09:30 น.`, `1/8/2569` (d/m, BE), `01-08-2023` (CE → BE),
 * `2024-10-01`, `มีนาคม 2566`, `เดือนตุลาคม พ.ศ. 2567`; year only with a cue (`พ.ศ.2568`,
 * `ปี 2567`, `ปีงบประมาณ พ.ศ. ๒๕๖๘`, both ends of `พ.ศ. 2561 – 2564`); both ends of a month range
 * (`ต.ค.๖๕-มี.ค.๖๖`, `ตุลาคม - ธันวาคม 2567`); a fiscal quarter with its year as its first and last
 * month. Bare numbers (phones, prices, `หมู่ที่ ๑๐`) and bare month names give nothing.
 */
export function parseThaiDates(text: string): ThaiDate[] {
  const normalized = normalize(text);
  const tokens = scan(normalized);
  const ranges = findRanges(normalized, tokens);
  const out: ThaiDate[] = [];
  const push = (t: Token, year: number, month?: number, day?: number) => {
    // Optional fields are left out rather than set to undefined, so results compare with toEqual.
    out.push({
      year,
      ...(month !== undefined && { month }),
      ...(day !== undefined && { day }),
      text: normalized.slice(t.start, t.end),
    });
  };

  for (const t of tokens) {
    if (t.kind === 'date') {
      const range = ranges.byStart.get(t);
      if (range) {
        push(range.from, range.from.year, range.from.month, range.from.day);
        push(range.to, range.to.year, range.to.month, range.to.day);
      } else if (t.year !== undefined && !ranges.ends.has(t)) {
        push(t, t.year, t.month, t.day);
      }
    } else if (t.kind === 'year') {
      for (const y of t.years) push(t, y);
    } else if (t.fiscalYear !== undefined) {
      const first = quarterMonths(t.quarter, t.fiscalYear)[0];
      const last = quarterMonths(t.lastQuarter, t.fiscalYear)[2];
      push(t, first.year, first.month);
      push(t, last.year, last.month);
    }
  }
  return out;
}

/** A year mention that a bare month (`ตุลาคม`) or quarter can borrow its year from. */
interface YearAnchor {
  start: number;
  end: number;
  year: number;
  isFiscal: boolean;
}

function yearAnchors(tokens: Token[]): YearAnchor[] {
  const anchors: YearAnchor[] = [];
  for (const t of tokens) {
    if (t.kind === 'date' && t.year !== undefined) anchors.push({ start: t.start, end: t.end, year: t.year, isFiscal: false });
    else if (t.kind === 'year') for (const year of t.years) anchors.push({ start: t.start, end: t.end, year, isFiscal: t.isFiscal });
    else if (t.kind === 'quarter' && t.fiscalYear !== undefined)
      anchors.push({ start: t.start, end: t.end, year: t.fiscalYear, isFiscal: true });
  }
  return anchors;
}

/** The anchor closest to a token; on a tie the one after it (Thai writes the year after the month). */
function nearestAnchor(anchors: YearAnchor[], t: Token): YearAnchor | undefined {
  let best: YearAnchor | undefined;
  let bestDistance = Infinity;
  for (const a of anchors) {
    const distance = a.start >= t.end ? a.start - t.end : t.start - a.end;
    if (distance < bestDistance || (distance === bestDistance && a.start >= t.end)) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A date with a real day (`10 กุมภาพันธ์ 2566`, `10/02/2566`), not a form number before a month
 * (`สขร.1 เดือนตุลาคม 2565`: the "1" belongs to สขร.).
 */
function isPostingDate(text: string, t: DateToken): boolean {
  if (t.day === undefined) return false;
  if (/[.\p{L}]/u.test(text[t.start - 1] ?? '')) return false;
  return !text.slice(t.start, t.end).includes('เดือน');
}

/**
 * Every (BE year, month) a text names, sorted and without duplicates: for the month coverage of
 * monthly procurement summaries (สขร.). `สขร. เดือน ตุลาคม 2567`, `ประจำเดือนพฤศจิกายน ๒๕๖๗`,
 * `ต.ค.67`, full dates and d/m/y dates give their month; a range (`ตุลาคม 2567 - มีนาคม 2568`)
 * gives every month in it (up to MAX_MONTH_RANGE, else its two ends); `ไตรมาส 1 ปีงบประมาณ 2568`
 * gives ต.ค.–ธ.ค. 2567 and `ไตรมาส 1-2 ปีงบประมาณ 2568` ต.ค. 2567–มี.ค. 2568. A month or quarter without a year takes the nearest year in the text (a
 * fiscal year for a quarter; a fiscal year moves ต.ค.–ธ.ค. to the year before), else is skipped.
 *
 * With `ranges: false`, a range names no month (each month must be named on its own).
 * With `namedOnly`, a single date with a day (`10 กุมภาพันธ์ 2566`, `10/02/2566`) names no month: in a
 * list of summaries it is the upload or signing date beside the summary's own month ("ประจำเดือน
 * มกราคม 2566 | 10 กุมภาพันธ์ 2566"), not a summary of that month. Ranges still count.
 */
export function monthsMentioned(text: string, opts: { namedOnly?: boolean; ranges?: boolean } = {}): { year: number; month: number }[] {
  const normalized = normalize(text);
  const tokens = scan(normalized);
  const ranges = findRanges(normalized, tokens);
  const anchors = yearAnchors(tokens);
  const found = new Set<number>(); // year * 100 + month
  const add = (year: number, month: number) => found.add(year * 100 + month);

  for (const t of tokens) {
    if (t.kind === 'date') {
      const range = ranges.byStart.get(t);
      if (range && opts.ranges === false) {
        continue; // "ต.ค. 67 – ก.ย. 68" on a yearly summary is not twelve monthly files
      } else if (range) {
        const first = range.from.year * 12 + range.from.month - 1;
        const last = range.to.year * 12 + range.to.month - 1;
        if (last >= first && last - first < MAX_MONTH_RANGE) {
          for (let k = first; k <= last; k++) add(Math.floor(k / 12), (k % 12) + 1);
        } else {
          add(range.from.year, range.from.month);
          add(range.to.year, range.to.month);
        }
      } else if (ranges.ends.has(t)) {
        continue; // already added with its range
      } else if (opts.namedOnly && isPostingDate(normalized, t)) {
        continue; // a posting date, not the month a summary covers
      } else if (t.year !== undefined) {
        add(t.year, t.month);
      } else if (!t.isWeak) {
        const anchor = nearestAnchor(anchors, t);
        if (!anchor) continue;
        add(anchor.isFiscal && t.month >= FISCAL_START_MONTH ? anchor.year - 1 : anchor.year, t.month);
      }
    } else if (t.kind === 'quarter') {
      const fiscalYear = t.fiscalYear ?? nearestAnchor(anchors.filter((a) => a.isFiscal), t)?.year;
      if (fiscalYear === undefined) continue;
      for (let q = t.quarter; q <= t.lastQuarter; q++) for (const m of quarterMonths(q, fiscalYear)) add(m.year, m.month);
    }
  }
  return [...found].sort((a, b) => a - b).map((k) => ({ year: Math.floor(k / 100), month: k % 100 }));
}

// ---------------------------------------------------------------------------------------------
// Fiscal years mentioned
// ---------------------------------------------------------------------------------------------

/**
 * A year after a fiscal-year cue (thai-sites.md §2, §5): `ปีงบประมาณ 2568`, `ประจำปี 2567`,
 * `ประจำปีงบประมาณ พ.ศ.2566`, `ปี 2568`, `ITA 2568`, `ita2568` (URL folders like `ita2564/`),
 * `ITA ปี 2568`, optionally a range end. Groups: 1 cue, 2 era, 3 year, 4 range end.
 */
const FY_CUE_RE = new RegExp(
  `((?<![a-z])(?:ita|oit)[ _-]?(?:ปี(?:งบประมาณ)? ?)?|ปีงบประมาณ ?|ปีงบ\\.? ?|ปี ?)(?:(${ERA_SRC}) ?)?` +
    `${YEAR_SRC}(?: ?[-–—] ?${YEAR_SRC})?`,
  'g',
);

/**
 * A พ.ศ. range (`พ.ศ. 2566-2570`, the span of a local development plan). A single `พ.ศ. 2540` is
 * not a fiscal year: it is how Thai laws and regulations are titled
 * (`พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540`, quoted on nearly every OIT page).
 * Groups: 1 era, 2 year, 3 range end.
 */
const ERA_RANGE_RE = new RegExp(`(${ERA_SRC}) ?${YEAR_SRC} ?[-–—] ?${YEAR_SRC}`, 'g');

/** A bare BE range `2566 – 2570` that is not part of a longer number (phones: `0-2566-2570`). */
const BARE_RANGE_RE = /(?<!\d)(?<!\d[-–.,/: ])(25\d\d) ?[-–—] ?(25\d\d)(?!\d)(?![-–.,/:]\d)/g;

/**
 * 2-digit BE years the way file names carry them (thai-sites.md §3: `แผนอัตรากำลัง-๓-ปีทต.หางดง-61-63.pdf`):
 * a range `61-63`, or one year hung on a word with a hyphen (`แผน-66`). Never followed by a Thai
 * word or `%`, which makes it a count (`อายุ 60-65 ปี`, `50-60 บาท`).
 */
const TWO_DIGIT_RANGE_RE = /(?<!\d)(?<!\d[-.,/:])(\d\d)[-–](\d\d)(?!\d)(?![-.,/:]\d)(?! ?[\u0E01-\u0E4E%])/g;
const TWO_DIGIT_SINGLE_RE = /(?<=[\u0E01-\u0E4E])[-_](\d\d)(?!\d)(?![-.,/:]\d)(?! ?[\u0E01-\u0E4E%])/g;

/** Whether [start, end) overlaps one of `spans` (sorted, non-overlapping): a binary search. */
function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}

/** Every year from `from` to `to` when it is a plausible plan span, else only the two ends. */
function yearsBetween(from: number, to: number | null): number[] {
  if (to === null || to === from) return [from];
  if (to < from || to - from > MAX_YEAR_SPAN) return [from, to];
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * BE fiscal years a text mentions explicitly, sorted, without duplicates (thai-sites.md §2: old
 * years' pages stay online next to the current one, so the year must be detected). See the regexes
 * above for the forms. A year inside a calendar date (`4 ธันวาคม พ.ศ. 2567`, `ตุลาคม ปี 2567`) is
 * not a fiscal year mention; the date's fiscal year is `fiscalYearOf`'s business.
 */
export function parseFiscalYears(text: string): number[] {
  const normalized = normalize(text);
  const dates = scan(normalized).filter((t) => t.kind === 'date');
  const isInDate = (start: number, end: number) => overlapsAny(dates, start, end);
  const years = new Set<number>();
  const addAll = (ys: number[]) => ys.forEach((y) => years.add(y));

  for (const m of normalized.matchAll(FY_CUE_RE)) {
    if (isInDate(m.index, m.index + m[0].length)) continue;
    const [, cue, era, yearDigits, endDigits] = m;
    const year = yearFromDigits(yearDigits, era, cue.trim() !== 'ปี' || era !== undefined);
    if (year === null) continue;
    addAll(yearsBetween(year, endDigits !== undefined ? rangeEndYear(year, endDigits) : null));
  }

  for (const m of normalized.matchAll(ERA_RANGE_RE)) {
    if (isInDate(m.index, m.index + m[0].length)) continue;
    const year = yearFromDigits(m[2], m[1], true);
    if (year === null) continue;
    addAll(yearsBetween(year, rangeEndYear(year, m[3])));
  }

  // Bare ranges have no cue, so only a well-formed plan span counts.
  const addPlanRange = (from: number, to: number) => {
    if (to > from && to - from <= MAX_YEAR_SPAN) addAll(yearsBetween(from, to));
  };
  for (const m of normalized.matchAll(BARE_RANGE_RE)) addPlanRange(Number(m[1]), Number(m[2]));
  for (const m of normalized.matchAll(TWO_DIGIT_RANGE_RE)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from >= TWO_DIGIT_MIN && to >= TWO_DIGIT_MIN) addPlanRange(2500 + from, 2500 + to);
  }
  for (const m of normalized.matchAll(TWO_DIGIT_SINGLE_RE)) {
    const y = Number(m[1]);
    if (y >= TWO_DIGIT_MIN) years.add(2500 + y);
  }

  return [...years].sort((a, b) => a - b);
}
