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
});
