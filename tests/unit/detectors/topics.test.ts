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
});
