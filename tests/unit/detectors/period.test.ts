import { describe, expect, it } from 'vitest';
import period from '../../../checks/detectors/period';
import { cand, ctx, doc, link, ORIGIN, pageOf } from './make';

const run = (c: ReturnType<typeof cand>, params: object, fy = 2566) => period.evaluate(c, period.params.parse(params), ctx({ fiscalYear: fy, candidates: [c] }));

describe('period detector', () => {
  it('passes the current year named in the title, and fails an old year naming what it found', () => {
    const ok = cand({ text: 'แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566' });
    const old = cand({ text: 'แผนการดำเนินงาน ประจำปี 2564' });

    expect(run(ok, { period: 'current' }).status).toBe('pass');
    const actual = run(old, { period: 'current' });

    expect(actual.status).toBe('fail');
    expect(actual.missing?.[0].th).toBe('ไม่พบข้อมูลของปีงบประมาณ พ.ศ. 2566 (พบปี 2564)');
  });

  it('takes a plan span (พ.ศ. 2566–2570) as covering each of its years', () => {
    expect(run(cand({ text: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)' }), { period: 'current' }, 2569).status).toBe('pass');
  });

  it('wants the previous year for reports', () => {
    expect(run(cand({ text: 'รายงานผลการดำเนินงานประจำปี 2565' }), { period: 'previous' }).status).toBe('pass');
    expect(run(cand({ text: 'รายงานผลการดำเนินงานประจำปี 2566' }), { period: 'previous' }).missing?.[0].th).toContain('ปีงบประมาณที่ผ่านมา (พ.ศ. 2565)');
  });

  it('does not take a six-month report for the previous year’s results, but takes the whole year', () => {
    const half = run(cand({ text: 'รายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน ประจำปีงบประมาณ 2568 (ต.ค. 67 – มี.ค. 68)' }), { period: 'previous' }, 2569);

    expect(half.status).toBe('fail');
    expect(half.missing?.[0].th).toBe('พบเพียงรายงานรอบ 6 เดือนของปีงบประมาณ พ.ศ. 2568 ไม่ใช่ผลทั้งปีงบประมาณ');
    expect(run(cand({ text: 'รายงานผล รอบ 6 เดือน และรอบ 12 เดือน ประจำปีงบประมาณ 2568' }), { period: 'previous' }, 2569).status).toBe('pass');
    // The date it was signed is no month it covers.
    expect(run(cand({ text: 'รายงานผล รอบ 6 เดือน (ตุลาคม 2567 - มีนาคม 2568) ประจำปีงบประมาณ 2568 รายงาน ณ วันที่ 25 เมษายน 2568' }), { period: 'previous' }, 2569).status).toBe('fail');
    expect(run(cand({ text: 'รายงานผล ประจำปีงบประมาณ 2568 (ต.ค. 67 – ก.ย. 68)' }), { period: 'previous' }, 2569).status).toBe('pass');
    // For the current year's first half, the same report is what is asked.
    expect(run(cand({ text: 'รายงาน รอบ 6 เดือน ประจำปีงบประมาณ 2569' }), { period: 'h1' }, 2569).status).toBe('pass');
  });

  it('wants the first six months shown, by words or by the months themselves', () => {
    expect(run(cand({ text: 'รายงาน รอบ 6 เดือน ปีงบประมาณ 2566' }), { period: 'h1' }).status).toBe('pass');
    expect(run(cand({ text: 'รายงานผล (ตุลาคม 2565 - มีนาคม 2566)' }), { period: 'h1' }).status).toBe('pass');
    expect(run(cand({ text: 'รายงานผล ประจำปีงบประมาณ 2566' }), { period: 'h1' }).status).toBe('fail');
  });

  it('with anyOf, passes on either period and notes which one was found', () => {
    const actual = run(cand({ text: 'สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ 2568' }), { anyOf: ['previous', 'h1'] }, 2569);

    expect(actual.status).toBe('pass');
    expect(actual.notes?.[0].th).toBe('พบข้อมูลของปีงบประมาณที่ผ่านมา (พ.ศ. 2568)');
  });

  it('with acceptDates, counts an activity dated in the fiscal year (ธ.ค. 2565 is in FY 2566)', () => {
    const p = pageOf('<h1>ประชาคมหมู่บ้าน</h1><p>วันที่ 7 ธ.ค. 2565</p>');
    expect(run(cand({ page: p }), { period: 'current', acceptDates: true }).status).toBe('pass');
    expect(run(cand({ page: p }), { period: 'current' }).status).not.toBe('pass');
  });

  it('asks for review, never passes, when no year is readable and the file could not be read', () => {
    const file = `${ORIGIN}/files/plan.pdf`;
    const c = cand({ kind: 'document', url: file, text: 'แผนการดำเนินงาน', doc: doc(file) });

    expect(run(c, { period: 'current' }).status).toBe('review');
    expect(run({ ...c, doc: doc(file, { text: 'แผนการดำเนินงาน โครงการ งบประมาณ' }) }, { period: 'current' }).status).toBe('fail');
  });

  it('reads the year in a Thai file name of an attachment', () => {
    const url = `${ORIGIN}/files/${encodeURIComponent('แผนดำเนินงาน-ปี-2566')}.pdf`;
    const c = cand({ text: 'แผนดำเนินงาน', attachments: [{ link: link({ url, kind: 'document', text: 'ดาวน์โหลด' }), doc: doc(url) }] });
    expect(run(c, { period: 'current' }).status).toBe('pass');
  });

  it('reads a year standing alone in a file name, but not a scan timestamp', () => {
    const att = (name: string) => {
      const url = `${ORIGIN}/images/stories/${name}`;
      return cand({ text: 'ประกาศเจตนารมณ์', attachments: [{ link: link({ url, kind: 'document', text: 'ประกาศเจตนารมณ์ no gift policy' }), doc: doc(url) }] });
    };

    expect(run(att('nogift-2566.pdf'), { period: 'current' }).status).toBe('pass');
    expect(run(att('nogift-2565.pdf'), { period: 'current' }).missing?.[0].th).toContain('พบปี 2565');
    expect(run(att('skr1-2565-12.pdf'), { period: 'current' }).status).toBe('pass'); // ธ.ค. 2565 is in FY 2566
    expect(run(att('Scan2565-10-18_141240.pdf'), { period: 'previous' }).status).toBe('review');
  });

  it("with coverage 'h1', statistics of the year that name their months must cover the first six", () => {
    const stats = (t: string) => cand({ text: 'สถิติการให้บริการ ประจำปีงบประมาณ 2566', page: pageOf(`<h1>สถิติการให้บริการ ประจำปีงบประมาณ 2566</h1><p>${t}</p>`) });
    const short = run(stats('ต.ค. 2565 147 ราย พ.ย. 2565 121 ราย ธ.ค. 2565 144 ราย ข้อมูล ณ วันที่ 31 ธันวาคม 2565'), { period: 'current', coverage: 'h1' });

    expect(short.status).toBe('fail');
    expect(short.missing?.[0].th).toBe('ข้อมูลไม่ครบ 6 เดือนแรกของปีงบประมาณ (ต.ค. 2565 – มี.ค. 2566): ไม่มีเดือน มกราคม 2566, กุมภาพันธ์ 2566, มีนาคม 2566');
    // The last three months alone are not the first six either.
    expect(run(stats('ข้อมูลสถิติ (มกราคม - มีนาคม 2566) รวม 412 ราย'), { period: 'current', coverage: 'h1' }).missing?.[0].th).toContain('ไม่มีเดือน ตุลาคม 2565, พฤศจิกายน 2565, ธันวาคม 2565');
    // Data "as of" a date after March covers the first six months.
    expect(run(stats('รวม 812 ราย ข้อมูล ณ วันที่ 30 เมษายน 2566'), { period: 'current', coverage: 'h1' }).status).toBe('pass');
    expect(run(stats('ต.ค. 2565 – มี.ค. 2566 รวม 812 ราย'), { period: 'current', coverage: 'h1' }).status).toBe('pass');
    expect(run(stats('รวมทั้งสิ้น 812 ราย'), { period: 'current', coverage: 'h1' }).status).toBe('pass'); // no months named: the year decides
    expect(run(stats('ข้อมูล ณ วันที่ 31 ธันวาคม 2565'), { period: 'current' }).status).toBe('pass'); // without coverage, the year alone
  });

  it('an ITA page’s year dates this year’s items, not the previous year’s: a scan listed there needs a person', () => {
    const url = `${ORIGIN}/upload/Scan2024-10-25_101233.pdf`;
    const hub = pageOf('<h1>ITA 2568</h1>', '/ita');
    const scan = cand({ kind: 'document', url, text: 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง', doc: doc(url, { isScanned: true }), source: hub, link: link({ url, kind: 'document', heading: 'ita 2568' }) });

    expect(run(scan, { period: 'previous' }, 2568).status).toBe('review');
    expect(run(scan, { period: 'current' }, 2568).status).toBe('pass');
  });

  it('h1: a read file speaks for itself, not the ITA row naming the item “รอบ 6 เดือน” that links it', () => {
    const url = `${ORIGIN}/storage/uploads/2567/q1.pdf`;
    const row = 'คลิกที่นี่ o12 รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน ประจำปีงบประมาณ 2567';
    const q1 = cand({ kind: 'document', url, text: row, link: link({ url, kind: 'document', text: 'คลิกที่นี่', context: row }), doc: doc(url, { text: 'รายงานการติดตามการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567 ไตรมาสที่ 1 (ตุลาคม – ธันวาคม 2566)' }) });

    expect(run(q1, { period: 'h1' }, 2567).status).toBe('fail');
    expect(run({ ...q1, doc: doc(url, { text: 'รายงานผล รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2567 (ตุลาคม 2566 – มีนาคม 2567)' }) }, { period: 'h1' }, 2567).status).toBe('pass');
    // Unread, the file's own name says it: the first quarter.
    const named = `${ORIGIN}/storage/uploads/2567/${encodeURIComponent('รายงานติดตาม-ไตรมาส1-2567')}.pdf`;
    const unread = { ...q1, url: named, link: link({ url: named, kind: 'document', text: 'คลิกที่นี่', context: row }), doc: doc(named) };
    expect(run(unread, { period: 'h1' }, 2567).missing?.[0].th).toBe('เอกสารครอบคลุมเพียง ตุลาคม 2566 – ธันวาคม 2566 ไม่ใช่ 6 เดือนแรกของปีงบประมาณ พ.ศ. 2567 (ต.ค. 2566 – มี.ค. 2567)');
  });

  it('monthly: names the months missing from the first half', () => {
    const c = cand({ text: 'สขร.1 เดือนตุลาคม 2565 สขร.1 เดือนพฤศจิกายน 2565' });
    const actual = run(c, { period: 'monthly' });

    expect(actual.status).toBe('fail');
    expect(actual.missing?.[0].th).toBe('ไม่พบสรุปผลรายเดือนของเดือน ธันวาคม 2565, มกราคม 2566, กุมภาพันธ์ 2566, มีนาคม 2566');
  });

  it('asks a person to look at an unread file whose title is cut before it says its months', () => {
    const url = `${ORIGIN}/download/files/Scan_20240410_0001.pdf`;
    const scan = (text: string) => cand({ kind: 'document', url, text, link: link({ url, kind: 'document', text }), doc: doc(url, { isScanned: true, text: '' }) });
    expect(run(scan('รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปี 2567 รอ...'), { period: 'h1' }, 2567).status).toBe('review');
    expect(run(scan('รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปี 2567 ไตรมาส 1'), { period: 'h1' }, 2567).status).toBe('fail');
  });

  it('a file that was read speaks for itself, not the current-year words of the link that carries it', () => {
    const url = `${ORIGIN}/Upload/Files/20230420_pj6igf.pdf`;
    const text = 'รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน ปี 2566';
    const withDoc = (body: string) => cand({ kind: 'document', url, text, link: link({ url, kind: 'document', text }), doc: doc(url, { text: body, pages: 2, pagesRead: 2 }) });
    expect(run(withDoc('รายงานผลการดำเนินงาน รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2565 (ตุลาคม 2564 - มีนาคม 2565)'), { period: 'h1' }).status).toBe('fail');
    expect(run(withDoc('รายงานผลการดำเนินงาน ไตรมาสที่ 1 ประจำปีงบประมาณ พ.ศ. 2566 (ตุลาคม - ธันวาคม 2565)'), { period: 'h1' }).status).toBe('fail');
    expect(run(withDoc('รายงานผลการดำเนินงาน รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2566 (ตุลาคม 2565 - มีนาคม 2566)'), { period: 'h1' }).status).toBe('pass');
    expect(run(withDoc('ผลการดำเนินงานตามแผน โครงการ 42 โครงการ'), { period: 'h1' }).status).toBe('pass');
  });
});
