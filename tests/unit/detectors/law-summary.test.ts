import { describe, expect, it } from 'vitest';
import lawSummary from '../../../checks/detectors/law-summary';
import { cand, ctx, doc, link, ORIGIN, pageOf } from './make';

describe('law-summary detector', () => {
  it('passes a page that sums up the powers and duties', () => {
    const p = pageOf(`<h1>อำนาจหน้าที่</h1><p>${'องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ดังต่อไปนี้ จัดให้มีและบำรุงรักษาทางน้ำและทางบก '.repeat(6)}</p>`);
    expect(lawSummary.evaluate(cand({ page: p }), {}, ctx()).status).toBe('pass');
  });

  it('fails when the only file is the whole Act', () => {
    const url = `${ORIGIN}/f/act-2537.pdf`;
    const c = cand({ page: pageOf('<h1>อำนาจหน้าที่</h1>'), attachments: [{ link: link({ url, kind: 'document', text: 'พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537' }), doc: doc(url) }] });

    const actual = lawSummary.evaluate(c, {}, ctx());

    expect(actual.status).toBe('fail');
    expect(actual.missing?.[0].th).toContain('กฎหมายทั้งฉบับ');
  });

  it('fails a page that is the Act itself', () => {
    const sections = Array.from({ length: 50 }, (_, i) => `มาตรา ${i + 1} ข้อความ`).join(' ');
    const p = pageOf(`<h1>พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</h1><p>${sections}</p>`);
    expect(lawSummary.evaluate(cand({ page: p }), {}, ctx()).status).toBe('fail');
  });

  it('passes a file named as the powers and duties even if it quotes the Act', () => {
    const url = `${ORIGIN}/f/a.pdf`;
    const c = cand({ kind: 'document', url, text: 'อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบล', doc: doc(url) });
    expect(lawSummary.evaluate(c, {}, ctx()).status).toBe('pass');
  });
});
