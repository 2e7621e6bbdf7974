import { describe, expect, it } from 'vitest';
import monthCoverage from '../../../checks/detectors/month-coverage';
import { cand, ctx, doc, link, ORIGIN } from './make';

const months = ['ตุลาคม 2567', 'พฤศจิกายน 2567', 'ธันวาคม 2567', 'มกราคม 2568', 'กุมภาพันธ์ 2568', 'มีนาคม 2568', 'เมษายน 2568', 'พฤษภาคม 2568', 'มิถุนายน 2568', 'กรกฎาคม 2568', 'สิงหาคม 2568', 'กันยายน 2568'];

describe('month-coverage detector', () => {
  it('passes when the 12 monthly files of the previous year are attached', () => {
    const attachments = months.map((m, i) => ({ link: link({ url: `${ORIGIN}/f/${i}.pdf`, kind: 'document', text: `สขร.1 เดือน${m}` }) }));
    const c = cand({ text: 'รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568', attachments });

    const actual = monthCoverage.evaluate(c, monthCoverage.params.parse({ year: 'previous', span: 'full' }), ctx({ fiscalYear: 2569, candidates: [c] }));

    expect(actual.status).toBe('pass');
  });

  it('per file (ranges off): a yearly summary whose table names the months is one file, not twelve', () => {
    const params = monthCoverage.params.parse({ year: 'previous', span: 'full', ranges: false });
    const url = `${ORIGIN}/files/summary-2568.pdf`;
    const summary = cand({ kind: 'document', url, text: 'รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568', doc: doc(url, { text: `ประจำปีงบประมาณ 2568 (ต.ค. 2567 – ก.ย. 2568) ${months.join(' 3 โครงการ ')}` }) });
    const attachments = months.map((m, i) => ({ link: link({ url: `${ORIGIN}/f/${i}.pdf`, kind: 'document', text: `สขร.1 เดือน${m}` }) }));
    const withFiles = cand({ text: 'รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568', attachments });

    expect(monthCoverage.evaluate(summary, params, ctx({ fiscalYear: 2569, candidates: [summary] })).status).toBe('fail');
    expect(monthCoverage.evaluate(withFiles, params, ctx({ fiscalYear: 2569, candidates: [withFiles] })).status).toBe('pass');
  });

  it('unites the months of several candidates (a list split over pages) and names the rest', () => {
    const a = cand({ text: 'สขร. ต.ค. 67 - ธ.ค. 67' });
    const b = cand({ text: 'สขร. มกราคม 2568' });

    const actual = monthCoverage.evaluate(a, monthCoverage.params.parse({}), ctx({ fiscalYear: 2568, candidates: [a, b] }));

    expect(actual.status).toBe('fail');
    expect(actual.missing?.[0].th).toBe('ไม่พบสรุปผลรายเดือนของเดือน กุมภาพันธ์ 2568, มีนาคม 2568');
  });

  it('ignores loosely named candidates of other things', () => {
    const a = cand({ text: 'สขร. ตุลาคม 2567' });
    const other = cand({ text: 'ข่าว 4 พ.ย. 2567 5 ธ.ค. 2567', isStrong: false });
    const actual = monthCoverage.evaluate(a, monthCoverage.params.parse({}), ctx({ fiscalYear: 2568, candidates: [a, other] }));
    expect(actual.missing?.[0].th).toContain('พฤศจิกายน 2567');
  });
});
