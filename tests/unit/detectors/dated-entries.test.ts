import { describe, expect, it } from 'vitest';
import datedEntries from '../../../checks/detectors/dated-entries';
import { cand, ctx, pageOf } from './make';

const run = (html: string, fy = 2566) => datedEntries.evaluate(cand({ page: pageOf(html) }), datedEntries.params.parse({}), ctx({ fiscalYear: fy }));

describe('dated-entries detector', () => {
  it('passes with an entry dated in the fiscal year (Oct–Sep)', () => {
    expect(run('<h1>ข่าว</h1><ul><li><a href="/n/1">ประชุมสภา</a> 4 ธ.ค. 2565</li></ul>').status).toBe('pass');
  });

  it('fails a stale list and says how old the newest entry is', () => {
    const actual = run('<h1>ข่าว</h1><ul><li><a href="/n/1">ประชุม</a> 1 มิ.ย. 2564</li></ul>');

    expect(actual.status).toBe('fail');
    expect(actual.missing?.[0].th).toBe('ไม่พบข่าวที่ลงวันที่ในปีงบประมาณ พ.ศ. 2566 (ล่าสุดเป็นของปีงบประมาณ พ.ศ. 2564)');
  });

  it('asks for review when the list shows no dates, or is off the site', () => {
    expect(run('<h1>ข่าว</h1><ul><li><a href="/n/1">ประชุม</a></li></ul>').status).toBe('review');
    expect(datedEntries.evaluate(cand({ isExternal: true, kind: 'link' }), datedEntries.params.parse({}), ctx()).status).toBe('review');
  });

  it('on a page of several sections, counts only the entries under the item’s own heading', () => {
    const home = pageOf(`<h2>ข่าวประชาสัมพันธ์</h2><ul><li><a href="/news/45">รับสมัครเด็กเล็ก</a></li><li><a href="/news/41">ป้องกันโรคไข้เลือดออก</a></li></ul>
      <h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li><a href="/p/1">ประกวดราคาจ้างก่อสร้างถนน</a> 3 เม.ย. 2567</li><li><a href="/p/2">ซื้อวัสดุสำนักงาน</a> 20 มี.ค. 2567</li></ul>`, '/');
    const names = (t: string) => t.includes('ข่าว');
    const run = (n?: (t: string) => boolean) => datedEntries.evaluate(cand({ page: home }), datedEntries.params.parse({}), ctx({ fiscalYear: 2567, names: n }));

    expect(run(names).status).not.toBe('pass');
    expect(run().status).toBe('pass');
    // A page titled as the item is about it: every date on it counts.
    const list = { ...home, title: 'ข่าวประชาสัมพันธ์ - อบต.ตัวอย่าง' };
    expect(datedEntries.evaluate(cand({ page: list }), datedEntries.params.parse({}), ctx({ fiscalYear: 2567, names })).status).toBe('pass');
  });
});
