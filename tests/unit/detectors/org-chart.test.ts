import { describe, expect, it } from 'vitest';
import orgChart from '../../../checks/detectors/org-chart';
import { cand, ctx, ORIGIN, pageOf } from './make';

describe('org-chart detector', () => {
  it('passes a page with a chart image, or a chart file', () => {
    expect(orgChart.evaluate(cand({ page: pageOf('<h1>โครงสร้าง</h1><img src="/img/structure.jpg" alt="แผนผังโครงสร้าง">') }), {}, ctx()).status).toBe('pass');
    expect(orgChart.evaluate(cand({ kind: 'image', url: `${ORIGIN}/img/org.jpg` }), {}, ctx()).status).toBe('pass');
  });

  it('fails a page without a chart; asks for review on a viewer', () => {
    expect(orgChart.evaluate(cand({ page: pageOf('<h1>โครงสร้าง</h1><p>กำลังจัดทำ</p>') }), {}, ctx()).status).toBe('fail');
    expect(orgChart.evaluate(cand({ isViewer: true, isExternal: true, kind: 'link', url: 'https://drive.google.com/file/d/1/view' }), {}, ctx()).status).toBe('review');
  });
});
