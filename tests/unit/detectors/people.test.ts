import { describe, expect, it } from 'vitest';
import people from '../../../checks/detectors/people';
import { cand, ctx, pageOf } from './make';

const card = (name: string, pos: string, extra = '', img = '/p.jpg') => `<div class="card"><img src="${img}"><h4>${name}</h4><p>${pos}</p>${extra}</div>`;
const run = (html: string, isLocalGov = true) => {
  const c = cand({ page: pageOf(html) });
  return people.evaluate(c, people.params.parse({}), ctx({ candidates: [c], isLocalGov }));
};

describe('people detector', () => {
  it('passes cards with name, position, photo and contact on both sides', () => {
    const html = card('นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบล', '<p>โทร 08-1234-5678</p>') + card('นางสาวสมหญิง รักดี', 'ปลัดองค์การบริหารส่วนตำบล', '<p>อีเมล a@b.go.th</p>');
    expect(run(html).status).toBe('pass');
  });

  it('names who lacks a contact and which side is missing', () => {
    const actual = run(card('นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบล'));
    const th = actual.missing?.map((m) => m.th) ?? [];

    expect(actual.status).toBe('fail');
    expect(th).toContain('ไม่พบช่องทางการติดต่อ (โทรศัพท์/อีเมล) ของ นายสมชาย ใจดี');
    expect(th).toContain('ไม่พบผู้บริหารฝ่ายข้าราชการประจำ (ปลัด รองปลัด)');
  });

  it('does not count a vacant card; does not ask both sides of an agency that is not a local government', () => {
    const vacant = card('ว่าง', 'ปลัดองค์การบริหารส่วนตำบล', '', '/docs/ex_personnel.png');
    expect(run(card('นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบล', '<p>โทร 08-1234-5678</p>') + vacant).status).toBe('fail');
    expect(run(card('นายสมชาย ใจดี', 'ผู้อำนวยการ', '<p>โทร 08-1234-5678</p>'), false).status).toBe('pass');
  });
});
