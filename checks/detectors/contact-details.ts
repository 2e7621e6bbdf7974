/**
 * `contact-details`: the agency's contact data: address, phone, e-mail and a map of where it is.
 * criteria.md §4.1 O5 (M: "Address, phone, e-mail, map"), update-2568-2570.md §2 O3 ("แสดงข้อมูลการ
 * ติดต่อของหน่วยงาน อย่างน้อยประกอบด้วย …"). Phones and e-mails count from the whole page, footer
 * included (thai-sites.md §1.1: the contact block sits in a plain footer `<h6>`); the address must
 * name the ตำบล and อำเภอ with the จังหวัด or a postcode.
 */
import { z } from 'zod';
import type { Text } from '../rules';
import { defineDetector } from './types';

const Part = z.enum(['address', 'phone', 'email', 'map']);

const LABEL: Record<z.infer<typeof Part>, Text> = {
  address: { th: 'ไม่พบที่อยู่ของหน่วยงาน (เลขที่ ตำบล อำเภอ จังหวัด)', en: 'No postal address (number, subdistrict, district, province)' },
  phone: { th: 'ไม่พบหมายเลขโทรศัพท์', en: 'No phone number' },
  email: { th: 'ไม่พบอีเมล', en: 'No e-mail address' },
  map: { th: 'ไม่พบแผนที่ตั้งหน่วยงาน', en: 'No map of the location' },
};

/** Thai letters incl. leading vowels (เ แ โ ใ ไ): "อ.เมือง". */
const SUBDISTRICT = /(ตำบล|ต\.\s?[ก-ฮเ-ไ])/;
const DISTRICT = /(อำเภอ|อ\.\s?[ก-ฮเ-ไ]|เขต)/;
const PROVINCE = /(จังหวัด|จ\.\s?[ก-ฮเ-ไ]|กรุงเทพ|(?<!\d)\d{5}(?!\d))/;

/** A Thai postal address in a normalised text. */
export function hasAddress(text: string): boolean {
  return SUBDISTRICT.test(text) && DISTRICT.test(text) && PROVINCE.test(text);
}

export default defineDetector({
  id: 'contact-details',
  params: z.object({ require: z.array(Part).default(['address', 'phone', 'email', 'map']) }),
  evaluate(c, p) {
    const page = c.page;
    if (!page) {
      if (c.isExternal) return { status: 'review', notes: [{ th: 'ข้อมูลการติดต่ออยู่นอกเว็บไซต์ ตรวจด้วยตนเอง', en: 'The contact data is off the site: check it yourself' }] };
      return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ ตรวจด้วยตนเอง', en: 'This page was not opened: check it yourself' }] };
    }
    const found = {
      address: hasAddress(`${page.text} ${page.links.map((l) => l.context).join(' ').slice(0, 20_000)}`),
      phone: page.phones.length > 0 || page.links.some((l) => l.kind === 'tel'),
      email: page.emails.length > 0 || page.links.some((l) => l.kind === 'mailto'),
      map: page.hasMap,
    };
    const missing = p.require.filter((k) => !found[k]).map((k) => LABEL[k]);
    return missing.length ? { status: 'fail', missing } : { status: 'pass' };
  },
});
