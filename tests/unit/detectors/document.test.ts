import { describe, expect, it } from 'vitest';
import document from '../../../checks/detectors/document';
import { cand, ctx, doc, link, ORIGIN, pageOf } from './make';

const run = (c: ReturnType<typeof cand>, params = {}) => document.evaluate(c, document.params.parse(params), ctx());

describe('document detector', () => {
  it('passes a file that exists, fails a broken one naming the problem', () => {
    const url = `${ORIGIN}/f/plan.pdf`;
    expect(run(cand({ kind: 'document', url, doc: doc(url) })).status).toBe('pass');
    const broken = run(cand({ kind: 'document', url, doc: doc(url, { exists: false, problem: 'HTTP 404' }) }));
    expect(broken).toMatchObject({ status: 'fail', missing: [{ th: 'ไฟล์เอกสารเปิดไม่ได้ (HTTP 404)' }] });
  });

  it('asks for review when the document is only a picture, unless the page itself says enough', () => {
    const img = `${ORIGIN}/images/plan-66.jpg`;
    expect(run(cand({ kind: 'image', url: img, doc: doc(img) })).status).toBe('review');
    const withThumb = (html: string) => cand({ page: pageOf(html), attachments: [{ link: link({ url: img, kind: 'image', text: 'ภาพ' }), doc: doc(img) }] });
    expect(run(withThumb('<h1>แผนการดำเนินงาน</h1>')).status).toBe('review');
    expect(run(withThumb(`<h1>อำนาจหน้าที่</h1><p>${'มีหน้าที่จัดให้มีและบำรุงรักษาทางน้ำและทางบก '.repeat(8)}</p>`)).status).toBe('pass');
  });

  it('asks for review on Google Drive and on a scan', () => {
    expect(run(cand({ url: 'https://drive.google.com/file/d/1/view', kind: 'link', isExternal: true, isViewer: true })).status).toBe('review');
    const url = `${ORIGIN}/f/scan.pdf`;
    expect(run(cand({ kind: 'document', url, doc: doc(url, { isScanned: true }) })).status).toBe('review');
  });

  it('passes a page of prose, but not a column of links or a placeholder', () => {
    expect(run(cand({ page: pageOf(`<h1>อำนาจหน้าที่</h1><p>${'มีหน้าที่จัดให้มีและบำรุงรักษาทางน้ำและทางบก '.repeat(12)}</p>`) })).status).toBe('pass');
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/n/${i}">ข่าวประชาสัมพันธ์เรื่องที่ ${i} ของหน่วยงาน</a></li>`).join('');
    expect(run(cand({ page: pageOf(`<h1>กฎหมาย</h1><ul>${links}</ul>`) })).status).toBe('fail');
    expect(run(cand({ page: pageOf('<h1>กฎหมายที่เกี่ยวข้อง</h1><p>อยู่ระหว่างดำเนินการ</p>') })).missing?.[0].th).toContain('ยังไม่มีเนื้อหา');
  });

  it('does not count CMS boilerplate as content (an ITA post that only repeats the item’s name)', () => {
    const post = pageOf(`<h1>O6 กฎหมายที่เกี่ยวข้อง</h1><p>โพสต์เมื่อ 15 มี.ค. 2566 | อ่าน 95 ครั้ง</p>
      <p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2566</p><p>O6 กฎหมายที่เกี่ยวข้อง</p>
      <p>คำอธิบาย: หน้าหลักของเว็บไซต์ เลือก ข้อมูลพื้นฐาน เลือก กฎหมายที่เกี่ยวข้อง</p><p>« ย้อนกลับ</p>
      <p>เว็บไซต์นี้มีการใช้คุกกี้ (Cookies) เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ยอมรับ</p>`);
    expect(run(cand({ page: post })).status).toBe('fail');
  });

  it('passes a published "none" statement and a list of dated posts when the item accepts them', () => {
    const none = pageOf('<h1>สถิติเรื่องร้องเรียนการทุจริต</h1><p>ปีงบประมาณ 2566 ไม่มีเรื่องร้องเรียน</p>');
    expect(run(cand({ page: none }), { noneStatements: ['ไม่มีเรื่องร้องเรียน'] }).status).toBe('pass');
    const posts = pageOf('<h1>การมีส่วนร่วม</h1><div><a href="/n/1">ประชาคมหมู่บ้าน</a> 14 ก.พ. 2566</div>');
    expect(run(cand({ page: posts }), { entries: true }).status).toBe('pass');
    expect(run(cand({ page: posts })).status).toBe('fail');
  });

  it('tells a bare page (not found) from a short one of the item’s own (a small table of figures)', () => {
    const bare = run(cand({ page: pageOf('<h1>การเปิดโอกาสให้มีส่วนร่วม</h1><p>แสดงความคิดเห็นได้ที่ <a href="/Suggestions/add">ช่องทางรับฟังความคิดเห็น</a></p>') }));
    expect(bare).toMatchObject({ status: 'fail', empty: true });
    const table = pageOf('<h1>สถิติการให้บริการ</h1><table><caption>ประจำปีงบประมาณ พ.ศ. 2565</caption><tr><td>ชำระภาษี</td><td>1,204</td></tr><tr><td>ขออนุญาตก่อสร้าง</td><td>36</td></tr></table>');
    expect(run(cand({ page: table }))).toMatchObject({ status: 'fail', empty: false });
    // Years, days and a phone number are no figures of data.
    const dates = pageOf('<h1>สถิติการให้บริการ</h1><p>ปี 2566 วันที่ 12 โทร 042-555-123</p>');
    expect(run(cand({ page: dates }))).toMatchObject({ status: 'fail', empty: true });
  });

  it('asks for review when a report’s pages are pictures in the page, not for an activity post’s photo', () => {
    const pictures = pageOf('<h1>รายงานผลการดำเนินการ ประจำปี 2567</h1><p><img src="/up/r-p1.jpg" width="620"></p><p><img src="/up/r-p2.jpg" width="620"></p>');
    expect(run(cand({ page: pictures }))).toMatchObject({ status: 'review', notes: [{ th: expect.stringContaining('เผยแพร่เป็นภาพ') }] });
    const icon = pageOf('<h1>รายงานผลการดำเนินการ</h1><p><img src="/i/new.gif" width="30" height="12"></p>');
    expect(run(cand({ page: icon })).status).toBe('fail');
    expect(run(cand({ page: pictures }), { entries: true }).status).toBe('fail');
  });

  it('asks for review when the page was not opened', () => {
    expect(run(cand()).status).toBe('review');
    void link;
  });
});
