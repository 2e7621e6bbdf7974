import { describe, expect, it } from 'vitest';
import bothSides, { sidesIn } from '../../../checks/detectors/both-sides';
import { cand, ctx, pageOf } from './make';

describe('both-sides detector', () => {
  it('finds the political and the permanent side in words', () => {
    expect(sidesIn('นายกองค์การบริหารส่วนตำบล ปลัดองค์การบริหารส่วนตำบล')).toEqual({ political: true, permanent: true });
    expect(sidesIn('นายกเทศมนตรี รองนายกเทศมนตรี')).toEqual({ political: true, permanent: false });
  });

  it('names the missing side of a page that lists only one', () => {
    const p = pageOf(`<h1>โครงสร้าง</h1><p>${'ฝ่ายการเมือง นายกองค์การบริหารส่วนตำบล สภาองค์การบริหารส่วนตำบล '.repeat(5)}</p>`);
    const c = cand({ page: p });

    const actual = bothSides.evaluate(c, {}, ctx({ candidates: [c] }));

    expect(actual).toMatchObject({ status: 'fail', missing: [{ th: 'ไม่พบฝ่ายข้าราชการประจำ (ปลัด สำนัก/กอง)' }] });
  });

  it('asks for review when the chart is only a picture', () => {
    const c = cand({ page: pageOf('<h1>โครงสร้าง</h1><img src="/org.jpg">') });
    expect(bothSides.evaluate(c, {}, ctx({ candidates: [c] })).status).toBe('review');
  });
});
