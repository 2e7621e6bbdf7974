import { describe, expect, it } from 'vitest';
import topics from '../../../checks/detectors/topics';
import { cand, ctx, doc, link, ORIGIN, pageOf } from './make';

const params = topics.params.parse({
  topics: [
    { id: 'team', th: 'คณะทำงาน', en: 'a working group', terms: ['คณะทำงาน'] },
    { id: 'dos', th: "Do's & Don'ts", en: "Dos & Don'ts", terms: ["do's", 'dos&donts'] },
  ],
  whole: ['ครบทุกองค์ประกอบ'],
});

describe('topics detector', () => {
  it('passes when the candidates together name every part', () => {
    const a = cand({ kind: 'document', url: `${ORIGIN}/f/order.pdf`, text: 'คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม' });
    const b = cand({ kind: 'document', url: `${ORIGIN}/f/dos.pdf`, text: "แนวทาง Do's & Don'ts" });
    expect(topics.evaluate(a, params, ctx({ candidates: [a, b] })).status).toBe('pass');
  });

  it('fails a readable page that lacks a part, and names it', () => {
    const p = pageOf(`<h1>การขับเคลื่อนจริยธรรม</h1><p>${'คณะทำงานประชุม '.repeat(30)}</p>`);
    const actual = topics.evaluate(cand({ page: p }), params, ctx());
    expect(actual).toMatchObject({ status: 'fail', missing: [{ th: "ไม่พบ Do's & Don'ts" }] });
  });

  it('asks for review when a part may be inside a file nobody read', () => {
    const url = `${ORIGIN}/f/e.pdf`;
    const c = cand({ text: 'การขับเคลื่อนจริยธรรม', attachments: [{ link: link({ url, kind: 'document', text: 'เอกสาร' }), doc: doc(url) }] });
    expect(topics.evaluate(c, params, ctx({ candidates: [c] })).status).toBe('review');
  });

  it('takes an unread file for the part its line names, and fails the part nothing names', () => {
    const url = `${ORIGIN}/images/stories/ethics/order-45-2566.pdf`;
    const order = link({ url, kind: 'document', text: 'คำสั่งเทศบาล ที่ 45/2566', context: 'แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม : คำสั่งเทศบาล ที่ 45/2566' });
    const c = cand({ text: 'การขับเคลื่อนจริยธรรม', attachments: [{ link: order, doc: doc(url) }] });

    expect(topics.evaluate(c, params, ctx({ candidates: [c] }))).toMatchObject({ status: 'fail', missing: [{ th: "ไม่พบ Do's & Don'ts" }] });
  });

  it('counts a loosely named file listed on the item’s own page, not one listed elsewhere', () => {
    const page = cand({ url: `${ORIGIN}/ethics`, page: pageOf(`<h1>การขับเคลื่อนจริยธรรม</h1><p>${'คำสั่งแต่งตั้งคณะทำงาน '.repeat(20)}</p>`, '/ethics') });
    const dos = (foundOn: string) => cand({ kind: 'document', url: `${ORIGIN}/f/dos.pdf`, text: "คู่มือ do's & don'ts", isStrong: false, foundOn });

    expect(topics.evaluate(page, params, ctx({ candidates: [page, dos(`${ORIGIN}/ethics`)] })).status).toBe('pass');
    expect(topics.evaluate(page, params, ctx({ candidates: [page, dos(`${ORIGIN}/news`)] })).status).toBe('fail');
  });

  it('passes on a file that names the whole, not on a page or post merely titled so', () => {
    expect(topics.evaluate(cand({ kind: 'document', url: `${ORIGIN}/f/all.pdf`, text: 'ครบทุกองค์ประกอบ' }), params, ctx()).status).toBe('pass');
    const post = cand({ text: 'ครบทุกองค์ประกอบ', page: pageOf(`<h1>ครบทุกองค์ประกอบ</h1><p>${'คณะทำงานประชุม '.repeat(30)}</p>`) });
    expect(topics.evaluate(post, params, ctx()).status).toBe('fail');
  });

  describe('amount patterns and files read in part', () => {
    const amounts = topics.params.parse({
      topics: [{ id: 'budget', th: 'จำนวนเงิน', en: 'amounts', terms: ['จำนวนเงิน'], patterns: ['\\d{1,3}(?:,\\d{3})+', '\\d ?บาท'] }],
      readInFull: true,
    });
    const url = `${ORIGIN}/f/plan.pdf`;
    const withText = (text: string, pages: number, pagesRead: number) =>
      cand({ kind: 'document', url, text: 'แผนการดำเนินงาน', doc: doc(url, { text, pages, pagesRead }) });

    it('finds an amount by its digits, and not the บาท inside บทบาท', () => {
      expect(topics.evaluate(withText('โครงการซ่อมถนน 450,000', 1, 1), amounts, ctx()).status).toBe('pass');
      expect(topics.evaluate(withText('โครงการอบรม 5000 บาท', 1, 1), amounts, ctx()).status).toBe('pass');
      expect(topics.evaluate(withText('บทบาทหน้าที่ของหน่วยงาน โครงการอบรม', 1, 1), amounts, ctx()).status).toBe('fail');
    });

    it('takes a file read only in part as unread: what it lacks may be on a later page', () => {
      expect(topics.evaluate(withText('คำนำ สารบัญ บทนำ', 40, 3), amounts, ctx()).status).toBe('review');
      expect(topics.evaluate(withText('คำนำ สารบัญ บทนำ', 3, 3), amounts, ctx()).status).toBe('fail');
    });

    it('rejects a pattern that is not a regular expression when the rule set is loaded', () => {
      const bad = { topics: [{ id: 'x', th: 'x', en: 'x', terms: ['x'], patterns: ['(unclosed'] }] };
      expect(topics.params.safeParse(bad).success).toBe(false);
    });
  });

  it('counts a page’s own pictures as unread when asked (a signed declaration posted as a photo), not icons', () => {
    const signed = topics.params.parse({ topics: [{ id: 'signed', th: 'การลงนาม', en: 'signature', terms: ['ลงชื่อ'] }], imagesUnread: true });
    const photo = pageOf('<h1>ประกาศเจตนารมณ์</h1><p>ข้าพเจ้าขอประกาศ</p><img src="/f/decl.jpg" width="800" height="1100">');
    const icon = pageOf('<h1>ประกาศเจตนารมณ์</h1><p>ข้าพเจ้าขอประกาศ</p><img src="/i/pdf.png" width="16" height="16">');
    expect(topics.evaluate(cand({ page: photo }), signed, ctx()).status).toBe('review');
    expect(topics.evaluate(cand({ page: icon }), signed, ctx()).status).toBe('fail');
  });

  it('a file read in full shows which parts it has, whatever its title says; an unread one is taken on its title', () => {
    const url = `${ORIGIN}/f/rules.pdf`;
    const read = cand({ kind: 'document', url, text: 'ครบทุกองค์ประกอบ', doc: doc(url, { text: 'หมวด 1 คณะทำงาน', pages: 1, pagesRead: 1 }) });
    expect(topics.evaluate(read, params, ctx()).status).toBe('fail');
    expect(topics.evaluate(cand({ kind: 'document', url, text: 'ครบทุกองค์ประกอบ', doc: doc(url) }), params, ctx()).status).toBe('pass');
  });
});
