import { describe, expect, it } from 'vitest';
import channel from '../../../checks/detectors/channel';
import { cand, ctx, ORIGIN, pageOf, siteOf } from './make';

const run = (c: ReturnType<typeof cand>, kind: string) => channel.evaluate(c, channel.params.parse({ kind }), ctx());

describe('channel detector', () => {
  it('passes a page with a form of the agency’s own', () => {
    const p = pageOf('<h1>แจ้งเรื่องร้องเรียนการทุจริต</h1><form><input name="name"><textarea name="detail"></textarea></form>');
    expect(run(cand({ page: p }), 'complaint').status).toBe('pass');
  });

  it('complaint: a general complaint page is not the separate corruption channel, whatever the menu says', () => {
    const p = pageOf('<h1>ร้องเรียนร้องทุกข์</h1><form><input name="name"><textarea name="detail"></textarea></form>', '/complain');
    const actual = run(cand({ page: p, text: 'ร้องเรียนร้องทุกข์ / แจ้งเรื่องทุจริต' }), 'complaint');

    expect(actual.status).toBe('fail');
    expect(actual.missing?.[0].th).toContain('แยกต่างหาก');
  });

  it('complaint: a bare link to the NACC is someone else’s channel', () => {
    const actual = run(cand({ url: 'https://www.nacc.go.th/NACCPPWFC?', kind: 'link', isExternal: true, text: 'ร้องเรียนการทุจริต' }), 'complaint');
    expect(actual.status).toBe('fail');
  });

  it('qa: passes a board with threads, a LINE account; fails a page that only explains', () => {
    const board = pageOf('<h1>กระดานถาม-ตอบ</h1><a href="/new">ตั้งกระทู้ใหม่</a><p>ผู้ตั้งกระทู้ นายเอ</p>');
    expect(run(cand({ page: board }), 'qa').status).toBe('pass');
    expect(run(cand({ url: 'https://lin.ee/AbC', kind: 'link', isExternal: true }), 'qa').status).toBe('pass');
    expect(run(cand({ page: pageOf('<h1>ถาม-ตอบ</h1><p>โทรสอบถามได้ในเวลาราชการ</p>') }), 'qa').status).toBe('fail');
  });

  it('eservice: passes the agency’s sub-domain and Google Forms; fails forms to download', () => {
    expect(run(cand({ url: 'https://eservice.tambon-example.go.th/oss', kind: 'link', isExternal: true }), 'eservice').status).toBe('pass');
    expect(run(cand({ url: 'https://forms.gle/abc', kind: 'link', isExternal: true }), 'eservice').status).toBe('pass');
    const downloads = pageOf(`<h1>e-Service</h1><ul><li><a href="${ORIGIN}/f/a.pdf">แบบคำร้อง</a></li></ul>`);
    expect(run(cand({ page: downloads }), 'eservice').missing?.[0].th).toContain('ดาวน์โหลด');
  });

  it('a PDF is never a channel; an unopened page needs a person; other sites need a person', () => {
    expect(run(cand({ kind: 'document', url: `${ORIGIN}/f/form.pdf` }), 'eservice').status).toBe('fail');
    expect(run(cand(), 'qa').status).toBe('review');
    expect(run(cand({ url: 'https://example.com/x', kind: 'link', isExternal: true }), 'eservice').status).toBe('review');
  });

  it('the poll and the search box the whole site shows are not a page’s channel: forms to print are not an E-Service', () => {
    const side = '<div class="side"><form action="/poll/vote/" method="post"><input type="radio" name="c" value="1"><input type="radio" name="c" value="2"><input type="hidden" name="poll_id"></form><form action="/search/"><input name="q"><input name="type"></form></div>';
    const pages = ['/a', '/b', '/c'].map((path) => pageOf(`<h1>หน้า ${path}</h1>${side}`, path));
    const eservice = pageOf(`<h1>E-Service</h1><p>ดาวน์โหลดแบบฟอร์ม แล้วนำมายื่นด้วยตนเอง</p><a href="${ORIGIN}/f/form.pdf">แบบคำร้องทั่วไป</a>${side}`, '/eservice');
    const site = siteOf([eservice, ...pages]);
    const actual = channel.evaluate(cand({ page: eservice }), channel.params.parse({ kind: 'eservice' }), ctx({ site }));
    expect(actual).toMatchObject({ status: 'fail', empty: true, missing: [{ th: expect.stringContaining('ดาวน์โหลด') }] });
  });
});
