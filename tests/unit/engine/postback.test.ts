/**
 * ASP.NET WebForms lists that turn their pages only by posting the form (a GridView pager,
 * `__doPostBack(…,'Page$2')`): the audit never posts (GET only), so what sits past the first page
 * is out of reach. The report says so beside the pages that failed, and an item not found points
 * the webmaster at those lists; it stays fail (nothing was seen), never pass.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runAudit } from '../../../checks/audit';
import { extractFeatures } from '../../../checks/crawl/extract';
import { getRuleSet } from '../../../checks/rulesets';
import { page, serveMiniSite, type MiniSite } from '../../support/mini-site';

const PAGER = `<tr class="gvPager"><td colspan="3"><span>1</span> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvDoc','Page$2')">2</a></td></tr>`;

let site: MiniSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

describe('lists paged only by postback', () => {
  it('marks a page whose list turns pages by __doPostBack, and not one with a postback elsewhere', () => {
    const paged = extractFeatures(`<html><body><form method="post"><table>${PAGER}</table></form></body></html>`, 'https://huai.go.th/Download.aspx?cat=11');
    expect(paged.postbackPager).toBe(true);
    const dropdown = extractFeatures(`<html><body><a href="javascript:__doPostBack('ctl00$lnkHome','')">หน้าแรก</a></body></html>`, 'https://huai.go.th/');
    expect(dropdown.postbackPager).toBeUndefined();
  });

  it('reports the list as not checked past its first page, and points a missing item at it', async () => {
    site = await serveMiniSite({
      '/': page('เทศบาลตำบลห้วยทรายงาม', '<a href="/Download.aspx?cat=11">เอกสารงานบุคคล</a>'),
      '/Download.aspx': page('เอกสารงานบุคคล', `<h2>เอกสารดาวน์โหลด :: เอกสารงานบุคคล</h2><table><tr><td>1</td><td>ประกาศรับสมัครพนักงานจ้าง</td></tr>${PAGER}</table>`),
    });
    const ruleset = getRuleSet('ita-2566')!;
    const report = await runAudit({ startUrl: `${site.url}/`, ruleset, fetch: (u, i) => fetch(u, i) });
    const list = report.crawl.errors.find((e) => e.code === 'postback-pager');
    expect(list?.url).toBe(`${site.url}/Download.aspx?cat=11`);
    expect(list?.reason).toContain('__doPostBack');
    const o24 = report.items.find((i) => i.id === 'O24')!;
    expect(o24.status).toBe('fail');
    expect(o24.notes.join(' ')).toContain(`${site.url}/Download.aspx?cat=11`);
    expect(site.requests.every((r) => r.method === 'GET' || r.method === 'HEAD')).toBe(true);
  });
});
