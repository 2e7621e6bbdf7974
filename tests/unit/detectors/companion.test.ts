import { describe, expect, it } from 'vitest';
import companion from '../../../checks/detectors/companion';
import type { LookupResult } from '../../../checks/detectors';
import { cand, ctx } from './make';

const params = companion.params.parse({ concept: 'qa', label: { th: 'ช่องทางถาม-ตอบ', en: 'a Q&A channel' } });
const withLookup = (r: LookupResult) => ctx({ lookup: () => r });

describe('companion detector', () => {
  it('passes when the other concept passes, and hands on its evidence', () => {
    const evidence = { url: 'https://x/qa', kind: 'page' as const, text: 'ถาม-ตอบ', foundOn: 'https://x/' };
    const actual = companion.evaluate(cand(), params, withLookup({ status: 'pass', missing: [], evidence }));

    expect(actual.status).toBe('pass');
    expect(actual.evidence).toEqual([evidence]);
  });

  it('names the missing part, and prefixes what the part itself lacks', () => {
    expect(companion.evaluate(cand(), params, withLookup({ status: 'fail', missing: [] })).missing?.[0].th).toBe('ไม่พบช่องทางถาม-ตอบ');
    const partial = companion.evaluate(cand(), params, withLookup({ status: 'partial', missing: [{ th: 'ไม่มีแบบฟอร์ม', en: 'no form' }] }));
    expect(partial).toMatchObject({ status: 'fail', missing: [{ th: 'ช่องทางถาม-ตอบ: ไม่มีแบบฟอร์ม' }] });
  });

  it('passes review on as review', () => {
    expect(companion.evaluate(cand(), params, withLookup({ status: 'review', missing: [] })).status).toBe('review');
  });
});
