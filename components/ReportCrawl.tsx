import { STOPPED_BY_TH } from '@/checks/report/format';
import type { Report } from '@/checks/report/schema';
import { ReportLink } from './ReportLink';

const STOPPED_BY_EN: Record<Report['crawl']['stoppedBy'], string> = {
  'all-found': 'every item found',
  exhausted: 'every reachable page checked',
  'page-limit': 'page limit reached',
  'time-limit': 'time limit reached',
  cancelled: 'cancelled',
};

/** The crawl summary and every page that could not be fetched (never counted as a fail). */
export function ReportCrawl({ crawl }: { crawl: Report['crawl'] }) {
  return (
    <section class="panel crawl" aria-labelledby="crawl-title">
      <h2 id="crawl-title">
        การเก็บข้อมูลจากเว็บไซต์ <span class="en">Crawl</span>
      </h2>
      <p>
        เปิดแล้ว {crawl.pagesFetched} หน้า · พบเอกสาร {crawl.documentsFound} ไฟล์ · เปิดไม่ได้ {crawl.pagesFailed} หน้า · หยุดเพราะ
        {STOPPED_BY_TH[crawl.stoppedBy]} <span class="en">({crawl.pagesFetched} pages, {crawl.documentsFound} documents, {crawl.pagesFailed} failed; stopped: {STOPPED_BY_EN[crawl.stoppedBy]})</span>
      </p>
      {crawl.stoppedBy === 'cancelled' && (
        <p class="warn">ผลนี้ไม่ครบ เพราะการตรวจถูกหยุดก่อนจบ <span class="en">Partial result: the audit was stopped early.</span></p>
      )}
      {crawl.errors.length > 0 && (
        <details class="errors" open={crawl.errors.length <= 10}>
          <summary>
            หน้าที่เปิดไม่ได้ ({crawl.errors.length}) <span class="en">Pages that could not be fetched</span>
          </summary>
          <table>
            <thead>
              <tr>
                <th>URL</th>
                <th>สาเหตุ <span class="en">reason</span></th>
                <th>ลิงก์จากหน้า <span class="en">linked from</span></th>
              </tr>
            </thead>
            <tbody>
              {crawl.errors.map((e, i) => (
                <tr key={i}>
                  <td><ReportLink url={e.url} /></td>
                  <td>{e.reason}</td>
                  <td>{e.foundOn ? <ReportLink url={e.foundOn} /> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
