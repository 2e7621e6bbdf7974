/**
 * The words of the popup, the options page and the "show me" label, Thai first, English second
 * (style.md §6: user text lives beside what it describes, as `{th, en}`; `public/_locales` is only
 * for the manifest). Item titles and "what is missing" come from the report itself.
 */
import type { ErrorCode } from './messages';
import type { EndReason } from './running';

export type Lang = 'th' | 'en';
export interface Text {
  th: string;
  en: string;
}

/**
 * `auto` follows the browser's interface language (`browser.i18n.getUILanguage()`): English for an
 * English browser, Thai for every other (the people this serves read Thai first).
 */
export function resolveLang(setting: 'auto' | 'th' | 'en', uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return /^en\b/i.test(uiLanguage) ? 'en' : 'th';
}

export const STATUS_TEXT = {
  pass: { icon: '✓', th: 'ผ่าน', en: 'Pass' },
  partial: { icon: '◐', th: 'ไม่ครบ', en: 'Partial' },
  fail: { icon: '✗', th: 'ไม่พบ', en: 'Not found' },
  review: { icon: '?', th: 'ตรวจด้วยตนเอง', en: 'Review' },
} as const;

export const T = {
  appName: { th: 'ตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', en: 'OIT disclosure check' },
  start: { th: 'ตรวจเว็บไซต์นี้', en: 'Audit this website' },
  rerun: { th: 'ตรวจอีกครั้ง', en: 'Run again' },
  cancel: { th: 'ยกเลิกการตรวจ', en: 'Cancel' },
  starting: { th: 'กำลังเริ่มตรวจ…', en: 'Starting…' },
  running: { th: 'กำลังตรวจเว็บไซต์', en: 'Auditing the website' },
  pages: { th: 'หน้า', en: 'pages' },
  pagesFetched: { th: 'เปิดแล้ว', en: 'Opened' },
  itemsFound: { th: 'ผ่านแล้ว', en: 'Passed so far' },
  items: { th: 'รายการ', en: 'items' },
  documents: { th: 'เอกสาร', en: 'documents' },
  partialNote: { th: 'ผลระหว่างตรวจ: ยังไม่ครบทุกหน้า', en: 'Results so far: not every page was checked' },
  score: { th: 'คะแนน', en: 'Score' },
  passMark: { th: 'เกณฑ์ผ่าน', en: 'pass mark' },
  scoreHelp: {
    th: 'คะแนนตามวิธีของ ป.ป.ช.: สัดส่วนรายการที่ผ่าน (รายการที่ต้องตรวจด้วยตนเองยังไม่นับ)',
    en: 'Scored as the NACC does: share of items passed (items to review are not counted yet)',
  },
  filterAll: { th: 'ทั้งหมด', en: 'All' },
  filterGaps: { th: 'เฉพาะที่ยังขาด', en: 'Gaps only' },
  filterReview: { th: 'ต้องตรวจด้วยตนเอง', en: 'Needs review' },
  filterLabel: { th: 'แสดง', en: 'Show' },
  noneInFilter: { th: 'ไม่มีรายการในมุมมองนี้', en: 'No items in this view' },
  evidence: { th: 'หลักฐาน', en: 'Evidence' },
  missing: { th: 'ยังขาด', en: 'Missing' },
  note: { th: 'หมายเหตุ', en: 'Note' },
  showMe: { th: 'ดูบนหน้าเว็บ', en: 'Show me' },
  showMeBusy: { th: 'ดูบนหน้าเว็บได้เมื่อตรวจเสร็จ', en: 'Available once the audit ends' },
  showMeNewTab: {
    th: 'เปิดหน้าในแท็บใหม่แล้ว แต่ไฮไลต์ไม่ได้ (อยู่นอกเว็บไซต์ที่ตรวจ)',
    en: 'Opened in a new tab, without a highlight (outside the audited site)',
  },
  showMeNothing: { th: 'เปิดหน้าแล้ว แต่ไม่พบตำแหน่งบนหน้า', en: 'Page opened, but the spot was not found' },
  notFoundOnPage: { th: 'ไม่พบตำแหน่งบนหน้านี้', en: 'not found on this page' },
  survey: { th: 'แบบวัดการรับรู้ (EIT/IIT)', en: 'Perception surveys (EIT/IIT)' },
  surveyEit: { th: 'EIT ผู้มีส่วนได้ส่วนเสียภายนอก', en: 'EIT (external)' },
  surveyIit: { th: 'IIT ผู้มีส่วนได้ส่วนเสียภายใน', en: 'IIT (internal)' },
  /** The survey was found only as a QR image (issue #5). */
  surveyViaQr: { th: 'อ่านจากคิวอาร์โค้ด', en: 'read from a QR code' },
  export: { th: 'ส่งออก', en: 'Export' },
  exportFailed: { th: 'ส่งออกไม่สำเร็จ', en: 'Export failed' },
  fullReport: { th: 'รายงานฉบับเต็ม', en: 'Full report' },
  ruleset: { th: 'ชุดเกณฑ์', en: 'Rule set' },
  options: { th: 'ตั้งค่า', en: 'Settings' },
  notWebPage: {
    th: 'เปิดหน้าเว็บไซต์ของหน่วยงานที่ต้องการตรวจ แล้วกดปุ่มส่วนขยายนี้อีกครั้ง',
    en: 'Open the agency website you want to audit, then click this extension again',
  },
  intro: {
    th: 'ตรวจว่าเว็บไซต์นี้เปิดเผยข้อมูลครบตามเกณฑ์ OIT ของการประเมิน ITA หรือยัง ระบบจะเปิดหน้าต่าง ๆ ของเว็บไซต์นี้เองโดยไม่ส่งข้อมูลออกไปที่อื่น',
    en: 'Checks whether this website discloses what the ITA OIT criteria ask for. It opens the site’s own pages; nothing is sent elsewhere.',
  },
  storageProblem: {
    th: 'ข้อมูลที่บันทึกไว้บางส่วนเสียหาย จึงใช้ค่าเริ่มต้นแทน',
    en: 'Some saved data was corrupt: defaults are used instead',
  },
  elapsed: { th: 'เวลา', en: 'Time' },
  language: { th: 'ภาษา', en: 'Language' },
} satisfies Record<string, Text>;

export const END_TEXT: Record<EndReason, Text> = {
  complete: { th: 'ตรวจเสร็จแล้ว', en: 'Audit complete' },
  cancelled: { th: 'ยกเลิกการตรวจแล้ว: แสดงผลเท่าที่ตรวจได้', en: 'Audit cancelled: showing what was found' },
  'tab-closed': { th: 'แท็บถูกปิดระหว่างตรวจ: แสดงผลเท่าที่ตรวจได้', en: 'The tab was closed during the audit: showing what was found' },
  'page-left': { th: 'แท็บเปลี่ยนไปหน้าอื่นระหว่างตรวจ: แสดงผลเท่าที่ตรวจได้', en: 'The tab left the page during the audit: showing what was found' },
  interrupted: { th: 'การตรวจหยุดกลางคัน: แสดงผลเท่าที่ตรวจได้', en: 'The audit was interrupted: showing what was found' },
  error: { th: 'ตรวจไม่สำเร็จ', en: 'The audit failed' },
};

export const STOPPED_TEXT: Record<'all-found' | 'exhausted' | 'page-limit' | 'time-limit' | 'cancelled', Text> = {
  'all-found': { th: 'พบครบทุกรายการแล้ว', en: 'every item found' },
  exhausted: { th: 'ตรวจครบทุกหน้าที่เข้าถึงได้', en: 'every reachable page checked' },
  'page-limit': { th: 'ถึงจำนวนหน้าสูงสุดที่ตั้งไว้', en: 'page budget reached' },
  'time-limit': { th: 'ถึงเวลาสูงสุดที่ตั้งไว้', en: 'time budget reached' },
  cancelled: { th: 'หยุดก่อนตรวจครบ', en: 'stopped early' },
};

export const ERROR_TEXT: Record<ErrorCode, Text> = {
  'no-access': {
    th: 'อ่านแท็บนี้ไม่ได้: กดปุ่มส่วนขยายจากแท็บของเว็บไซต์ที่ต้องการตรวจอีกครั้ง',
    en: 'Cannot read this tab: click the extension button again from the website’s tab',
  },
  'not-http': { th: 'ตรวจได้เฉพาะหน้าเว็บ http/https', en: 'Only http/https web pages can be audited' },
  'inject-failed': { th: 'เริ่มตรวจในแท็บนี้ไม่ได้ ลองโหลดหน้าใหม่แล้วกดอีกครั้ง', en: 'Could not start in this tab: reload the page and try again' },
  'already-running': { th: 'กำลังตรวจเว็บไซต์นี้อยู่แล้ว', en: 'This website is already being audited' },
  'unknown-audit': { th: 'ไม่พบการตรวจนี้แล้ว', en: 'This audit no longer exists' },
  'no-evidence': { th: 'รายการนี้ไม่มีหลักฐานให้แสดง', en: 'This item has no evidence to show' },
  'bad-message': { th: 'เกิดข้อผิดพลาดภายใน', en: 'Internal error' },
  'start-url': { th: 'เปิดหน้าแรกของเว็บไซต์ไม่ได้', en: 'The start page could not be opened' },
  crashed: { th: 'การตรวจหยุดเพราะข้อผิดพลาด', en: 'The audit stopped on an error' },
};

export const tr = (t: Text, lang: Lang): string => t[lang];
