/**
 * `people`: executives shown as people: for each, ชื่อ-นามสกุล, ตำแหน่ง, รูปถ่าย and a contact
 * channel (phone or e-mail); for a local government both the political (นายก, รองนายก) and the
 * permanent (ปลัด, รองปลัด) executives. criteria.md §4.1 O2 [P5][P13]. Vacant "ว่าง" cards and
 * placeholder photos do not count (thai-sites.md §1.4, §7.15).
 */
import { z } from 'zod';
import type { PersonFeature } from '../features';
import type { Text } from '../rules';
import { defineDetector } from './types';
import { PROVINCIAL_HEAD } from '../crawl/extract';

/** Executives: of a local government, and of other agencies (a department, its provincial office, a hospital's group heads). */
const EXECUTIVE = new RegExp(`(นายก|ปลัด|ผู้อำนวยการ|หัวหน้าสำนัก|หัวหน้ากลุ่ม|หัวหน้าส่วน|ผู้บริหาร|ประธานสภา|เลขานุการนายก|ที่ปรึกษานายก|อธิบดี|เลขาธิการ|นายอำเภอ|${PROVINCIAL_HEAD})`);
const POLITICAL = /(นายก|ประธานสภา|เลขานุการนายก|ที่ปรึกษานายก)/;
const PERMANENT = /(ปลัด|ผู้อำนวยการ|หัวหน้าสำนัก)/;

function list(names: string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} และอีก ${names.length - 3} คน` : names.join(', ');
}

export default defineDetector({
  id: 'people',
  params: z.object({
    fields: z.array(z.enum(['position', 'photo', 'contact'])).default(['position', 'photo', 'contact']),
    bothSides: z.boolean().default(true),
  }),
  evaluate(c, params, ctx) {
    const byName = new Map<string, PersonFeature>();
    for (const cand of [c, ...ctx.candidates]) {
      for (const p of cand.page?.people ?? []) {
        if (!EXECUTIVE.test(p.position) || /ว่าง/.test(p.name)) continue;
        const prev = byName.get(p.name);
        // Carousels and duplicated menus show a person twice: keep the richest card.
        if (!prev || prev.phones.length + prev.emails.length < p.phones.length + p.emails.length) byName.set(p.name, p);
      }
    }
    const people = [...byName.values()];
    if (!people.length) {
      if (c.page && c.page.images.length > 0) {
        return { status: 'review', notes: [{ th: 'ไม่พบชื่อผู้บริหารเป็นข้อความ (อาจเป็นภาพ) ตรวจด้วยตนเอง', en: 'No executive names as text (maybe a picture): check it yourself' }] };
      }
      if (!c.page && !c.isExternal) return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ ตรวจด้วยตนเอง', en: 'This page was not opened: check it yourself' }] };
      return { status: 'fail', missing: [{ th: 'ไม่พบรายชื่อผู้บริหาร (ชื่อ ตำแหน่ง รูปถ่าย)', en: 'No executives listed (name, position, photo)' }] };
    }
    const missing: Text[] = [];
    const noPhoto = people.filter((p) => !p.hasPhoto || p.isPlaceholderPhoto).map((p) => p.name);
    const noContact = people.filter((p) => !p.phones.length && !p.emails.length).map((p) => p.name);
    if (params.fields.includes('photo') && noPhoto.length) missing.push({ th: `ไม่พบรูปถ่ายของ ${list(noPhoto)}`, en: `No photo for ${list(noPhoto)}` });
    if (params.fields.includes('contact') && noContact.length) {
      missing.push({ th: `ไม่พบช่องทางการติดต่อ (โทรศัพท์/อีเมล) ของ ${list(noContact)}`, en: `No contact channel (phone/e-mail) for ${list(noContact)}` });
    }
    if (params.bothSides && ctx.isLocalGov) {
      if (!people.some((p) => POLITICAL.test(p.position))) missing.push({ th: 'ไม่พบผู้บริหารฝ่ายการเมือง (นายก รองนายก)', en: 'No political executives (mayor, deputies)' });
      if (!people.some((p) => PERMANENT.test(p.position))) missing.push({ th: 'ไม่พบผู้บริหารฝ่ายข้าราชการประจำ (ปลัด รองปลัด)', en: 'No permanent executives (chief administrator, deputies)' });
    }
    return missing.length ? { status: 'fail', missing } : { status: 'pass' };
  },
});
