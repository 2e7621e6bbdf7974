import { describe, expect, it } from 'vitest';
import datedEntries from '../../../checks/detectors/dated-entries';
import period from '../../../checks/detectors/period';
import { ownDates, ownImages, ownText, ownWords } from '../../../checks/detectors/site-chrome';
import { cand, ctx, pageOf, siteOf } from './make';

/** A side column every page of an old Joomla site shows (thai-sites.md §1.7), and a masthead date. */
const SIDE = '<div class="moduletable"><a href="/ita">การประเมินคุณธรรมและความโปร่งใส ITA ๒๕๖๖</a><p>ช่องทางตอบแบบวัดการรับรู้ (EIT) ประจำปี ๒๕๖๖</p><p>วันพุธที่ 27 พฤศจิกายน 2567</p></div>';
const withSide = (body: string, path: string) => pageOf(`<div class="content">${body}</div>${SIDE}`, path);
const others = [withSide('<h2>ประชุมสภา</h2><p>ข่าวกิจกรรม</p>', '/a'), withSide('<h2>ติดต่อเรา</h2><p>ที่อยู่</p>', '/b'), withSide('<h2>ประวัติ</h2><p>ความเป็นมา</p>', '/c')];

describe('site chrome', () => {
  const page = withSide('<h2>ประกาศเจตนารมณ์ No Gift Policy</h2><p>ประจำปีงบประมาณ ๒๕๖๕ ของเทศบาล</p>', '/decl');
  const site = siteOf([page, ...others]);

  it('blanks the years of words repeated on many pages, and keeps the page’s own', () => {
    const own = ownWords(page, site);

    expect(own.text).toContain('ประจำปีงบประมาณ 2565');
    expect(own.text).not.toContain('2566');
    // Whole blocks the site repeats go: what is left is the page's own.
    expect(ownText(page, site)).not.toContain('ช่องทางตอบแบบวัดการรับรู้');
    expect(ownText(page, site)).toContain('ประกาศเจตนารมณ์ no gift policy');
    expect(ownText(page, undefined)).toContain('ช่องทางตอบแบบวัดการรับรู้');
  });

  it('without block marks (features of an older extractor), blanks only the repeated years', () => {
    const bare = (p: typeof page) => ({ ...p, blocks: undefined });
    const s = siteOf([bare(page), ...others.map(bare)]);
    const own = ownWords(s.pages.get(page.finalUrl)!, s);

    expect(own.text).toContain('ช่องทางตอบแบบวัดการรับรู้');
    expect(own.text).toContain('ประจำปีงบประมาณ 2565');
    expect(own.text).not.toContain('2566');
  });

  it('dates a page by its own words only: last year’s declaration beside "ITA ๒๕๖๖" is last year’s', () => {
    const c = cand({ page, text: 'ประกาศเจตนารมณ์ no gift policy' });
    const run = (s = site) => period.evaluate(c, period.params.parse({ period: 'current' }), ctx({ site: s, fiscalYear: 2566, candidates: [c] }));

    expect(run().status).toBe('fail');
    expect(run().missing?.[0].th).toContain('พบปี 2565');
    // On a site of one page nothing repeats: the side column's year is read (the reason for the rule).
    expect(run(siteOf([page])).status).toBe('pass');
  });

  it('drops a date the whole site shows (a "today" line), so a stale news list is not dated by it', () => {
    const news = withSide('<h1>ข่าวประชาสัมพันธ์</h1><ul><li><a href="/n/1">ประชุม</a> 1 มิ.ย. 2564</li></ul>', '/news');
    const s = siteOf([news, ...others]);
    const run = (x = s) => datedEntries.evaluate(cand({ page: news }), datedEntries.params.parse({}), ctx({ site: x, fiscalYear: 2568 }));

    expect(ownDates(news, s).map((d) => d.year)).toEqual([2564]);
    expect(run().status).toBe('fail');
    expect(run(siteOf([news])).status).toBe('pass');
  });

  it('drops the pictures the whole site shows (a logo, side banners), keeps the page’s own', () => {
    const banner = '<img src="/banner/eit.png" width="300" height="250">';
    const pages = ['/a', '/b', '/c'].map((path) => pageOf(`<h2>หน้า ${path}</h2>${banner}`, path));
    const decl = pageOf(`<h2>ประกาศเจตนารมณ์</h2><img src="/f/decl.jpg" width="800" height="1100">${banner}`, '/decl');
    expect(ownImages(decl, siteOf([decl, ...pages])).map((i) => i.src)).toEqual([expect.stringContaining('/f/decl.jpg')]);
  });

  it('needs the words on a share of the pages: an article and its print view are not chrome', () => {
    const article = withSide('<h2>แผนการดำเนินงาน</h2><p>ประจำปีงบประมาณ ๒๕๖๖</p>', '/plan');
    const print = pageOf('<h2>แผนการดำเนินงาน</h2><p>ประจำปีงบประมาณ ๒๕๖๖</p>', '/plan?print=1');

    expect(ownWords(article, siteOf([article, print, ...others])).text).toContain('ประจำปีงบประมาณ 2566');
  });
});
