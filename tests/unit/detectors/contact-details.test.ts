import { describe, expect, it } from 'vitest';
import contactDetails, { hasAddress } from '../../../checks/detectors/contact-details';
import { cand, ctx, pageOf } from './make';

const run = (html: string, params = {}) => contactDetails.evaluate(cand({ page: pageOf(html) }), contactDetails.params.parse(params), ctx());

describe('contact-details detector', () => {
  it('passes with address, phone, e-mail and a Google map', () => {
    const html = '<h1>ติดต่อเรา</h1><p>เลขที่ 99 หมู่ 5 ตำบลตัวอย่าง อำเภอเมือง จังหวัดบุรีรัมย์ 31000</p><p>โทร 044-661-234</p><p>saraban@tambon-example.go.th</p><iframe src="https://www.google.com/maps/embed?pb=1"></iframe>';
    expect(run(html).status).toBe('pass');
  });

  it('names each missing part, in Thai first', () => {
    const actual = run('<h1>ติดต่อเรา</h1><p>โทร ๐๔๔-๖๖๑-๒๓๔</p>');

    expect(actual.status).toBe('fail');
    expect(actual.missing?.map((m) => m.th)).toEqual(['ไม่พบที่อยู่ของหน่วยงาน (เลขที่ ตำบล อำเภอ จังหวัด)', 'ไม่พบอีเมล', 'ไม่พบแผนที่ตั้งหน่วยงาน']);
  });

  it('reads an address with abbreviations (ต. อ. จ.) and a phone in the footer', () => {
    expect(hasAddress('หมู่ 5 ต.ตัวอย่าง อ.เมือง จ.บุรีรัมย์')).toBe(true);
    expect(hasAddress('ประชุมเดือน ต.ค. ที่ห้องประชุม')).toBe(false);
    expect(run('<h1>ติดต่อ</h1><p>ต.ตัวอย่าง อ.เมือง จ.บุรีรัมย์</p><footer>โทรศัพท์ 0-4466-1234</footer>', { require: ['address', 'phone'] }).status).toBe('pass');
  });

  it('asks for review when the contact page was not opened', () => {
    expect(contactDetails.evaluate(cand(), contactDetails.params.parse({}), ctx()).status).toBe('review');
  });
});
