/**
 * The five items the product is known for (issue #2 §4), each with pass, partial/fail and trap
 * cases, judged from inline pages through the real extractor and engine.
 */
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../checks/crawl/extract';
import { evaluateItems } from '../../../checks/engine';
import type { DocumentFeature, SiteFeatures } from '../../../checks/features';
import { getRuleSet } from '../../../checks/rulesets';
import { evaluateSurvey } from '../../../checks/survey';

const ORIGIN = 'https://www.ronthong.go.th';
const HOME = `<title>องค์การบริหารส่วนตำบลร่อนทอง</title><h1>องค์การบริหารส่วนตำบลร่อนทอง อำเภอสตึก จังหวัดบุรีรัมย์</h1>`;

function siteOf(pages: Record<string, string>, docs: Record<string, Partial<DocumentFeature>> = {}): SiteFeatures {
  const site: SiteFeatures = { startUrl: `${ORIGIN}/`, origin: ORIGIN, pages: new Map(), documents: new Map(), qrCodes: [] };
  for (const [path, html] of Object.entries(pages)) {
    const url = ORIGIN + path;
    site.pages.set(url, extractFeatures(`<html><body>${html}</body></html>`, url, { siteUrl: ORIGIN }));
  }
  for (const [path, d] of Object.entries(docs)) site.documents.set(ORIGIN + path, { url: ORIGIN + path, isInternal: true, exists: true, ...d });
  return site;
}

const ruleset = getRuleSet('ita-2566')!;
const item = (site: SiteFeatures, code: string) => evaluateItems(site, ruleset).find((i) => i.id === code)!;

describe('O1 โครงสร้าง', () => {
  it('passes with a chart and both political and permanent sides', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/structure">โครงสร้างส่วนราชการ</a>`,
      '/structure': `<h1>แผนผังโครงสร้างองค์การบริหารส่วนตำบลร่อนทอง</h1><img src="/chart.jpg" alt="แผนผังโครงสร้าง">
        <h2>ฝ่ายการเมือง</h2><p>นายกองค์การบริหารส่วนตำบล รองนายก สภาองค์การบริหารส่วนตำบล</p>
        <h2>ฝ่ายข้าราชการประจำ</h2><p>ปลัดองค์การบริหารส่วนตำบล สำนักปลัด กองคลัง กองช่าง</p>`,
    });
    const r = item(s, 'O1');
    expect(r.status).toBe('pass');
    expect(r.evidence[0].url).toBe(`${ORIGIN}/structure`);
    expect(r.evidence[0].foundOn).toBe(`${ORIGIN}/`);
  });

  it('is partial when the permanent side is missing', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/structure">โครงสร้าง</a>`,
      '/structure': `<h1>โครงสร้าง</h1><img src="/chart.jpg" alt="แผนผังโครงสร้าง"><p>${'ฝ่ายการเมือง นายกองค์การบริหารส่วนตำบล สภาองค์การบริหารส่วนตำบล '.repeat(5)}</p>`,
    });
    const r = item(s, 'O1');
    expect(r.status).toBe('partial');
    expect(r.missing.join(' ')).toContain('ฝ่ายข้าราชการประจำ');
  });

  it('asks for review when the chart is only a picture', () => {
    const s = siteOf({ '/': `${HOME}<a href="/images/structure.jpg">แผนผังโครงสร้างองค์กร</a>` }, { '/images/structure.jpg': { contentType: 'image/jpeg' } });
    expect(item(s, 'O1').status).toBe('review');
  });

  it('fails when not found, and does not take infrastructure for structure (trap)', () => {
    const s = siteOf({ '/': `${HOME}<a href="/infra">โครงสร้างพื้นฐาน ถนน ประปา</a>`, '/infra': '<h1>โครงสร้างพื้นฐาน</h1><p>ถนน</p>' });
    expect(item(s, 'O1').status).toBe('fail');
  });
});

describe('O2 ข้อมูลผู้บริหาร', () => {
  const card = (name: string, pos: string, extra = '', img = '/p.jpg') => `<div class="card"><img src="${img}"><h4>${name}</h4><p>${pos}</p>${extra}</div>`;
  it('passes with name, position, photo and contact for both sides', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/exec">คณะผู้บริหาร</a>`,
      '/exec': `<h1>คณะผู้บริหาร</h1>${card('นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบลร่อนทอง', '<p>โทร 08-1234-5678</p>')}
        ${card('นางสาวสมหญิง รักดี', 'ปลัดองค์การบริหารส่วนตำบลร่อนทอง', '<p>อีเมล palad@ronthong.go.th</p>')}`,
    });
    expect(item(s, 'O2')).toMatchObject({ status: 'pass', missing: [] });
  });

  it('is partial and names who lacks a contact channel', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/exec">ผู้บริหาร</a>`,
      '/exec': `<h1>คณะผู้บริหาร</h1>${card('นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบลร่อนทอง', '<p>โทร 08-1234-5678</p>')}${card('นางสาวสมหญิง รักดี', 'ปลัดองค์การบริหารส่วนตำบลร่อนทอง')}`,
    });
    const r = item(s, 'O2');
    expect(r.status).toBe('partial');
    expect(r.missing).toEqual(['ไม่พบช่องทางการติดต่อ (โทรศัพท์/อีเมล) ของ นางสาวสมหญิง รักดี']);
  });

  it('does not count a vacant card or a placeholder photo (trap)', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/exec">คณะผู้บริหาร</a>`,
      '/exec': `<h1>คณะผู้บริหาร</h1>${card('นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบลร่อนทอง', '<p>โทร 08-1234-5678</p>', '/docs/ex_personnel.png')}
        <div class="card"><img src="/docs/ex_personnel.png"><h4>ว่าง</h4><p>ปลัดองค์การบริหารส่วนตำบล</p></div>`,
    });
    const r = item(s, 'O2');
    expect(r.status).toBe('partial');
    expect(r.missing.join(' ')).toContain('รูปถ่าย');
    expect(r.missing.join(' ')).toContain('ฝ่ายข้าราชการประจำ');
  });

  it('fails when there is no executives page', () => {
    expect(item(siteOf({ '/': `${HOME}<p>ยินดีต้อนรับ</p>` }), 'O2').status).toBe('fail');
  });
});

describe('O11 แผนดำเนินงานและการใช้งบประมาณประจำปี', () => {
  it('passes with a plan document of the current fiscal year', () => {
    const s = siteOf(
      { '/': `${HOME}<a href="/ita">ITA</a>`, '/ita': '<h1>ITA 2566</h1><ul><li><a href="/docs/plan66.pdf">แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</a></li></ul>' },
      { '/docs/plan66.pdf': { contentType: 'application/pdf' } },
    );
    const r = item(s, 'O11');
    expect(r.status).toBe('pass');
    expect(r.evidence[0]).toMatchObject({ url: `${ORIGIN}/docs/plan66.pdf`, kind: 'document', foundOn: `${ORIGIN}/ita` });
  });

  it('is partial when only last year’s plan is published (old-year trap)', () => {
    const s = siteOf(
      { '/': `${HOME}<a href="/docs/plan65.pdf">แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565</a>` },
      { '/docs/plan65.pdf': { contentType: 'application/pdf' } },
    );
    const r = item(s, 'O11');
    expect(r.status).toBe('partial');
    expect(r.missing[0]).toContain('2566');
  });

  it('does not count a broken document', () => {
    const s = siteOf(
      { '/': `${HOME}<a href="/docs/plan66.pdf">แผนการดำเนินงาน ประจำปี 2566</a>` },
      { '/docs/plan66.pdf': { exists: false, problem: 'HTTP 404' } },
    );
    expect(item(s, 'O11')).toMatchObject({ status: 'fail', missing: [expect.stringContaining('เปิดไม่ได้')] });
  });

  it('does not take the local development plan or a progress report for the annual plan (trap)', () => {
    const s = siteOf({ '/': `${HOME}<a href="/a.pdf">แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)</a><a href="/b.pdf">รายงานผลการดำเนินงาน ประจำปี 2566</a>` });
    expect(item(s, 'O11').status).toBe('fail');
  });

  it('asks for review when the plan is on Google Drive', () => {
    const s = siteOf({ '/': `${HOME}<a href="https://drive.google.com/file/d/1abc/view">แผนการดำเนินงานประจำปี 2566</a>` });
    expect(item(s, 'O11').status).toBe('review');
  });
});

describe('O27 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', () => {
  it('passes with the corruption-complaint guide', () => {
    const s = siteOf(
      { '/': `${HOME}<a href="/guide.pdf">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a>` },
      { '/guide.pdf': { contentType: 'application/pdf' } },
    );
    expect(item(s, 'O27').status).toBe('pass');
  });

  it('is only partial with a general complaint manual', () => {
    const s = siteOf({ '/': `${HOME}<a href="/guide.pdf">คู่มือการปฏิบัติงานเรื่องร้องเรียน</a>` }, { '/guide.pdf': { contentType: 'application/pdf' } });
    expect(item(s, 'O27').status).toBe('partial');
  });

  it('does not take the general complaint page or form for the guide (trap)', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/complain">ร้องเรียนร้องทุกข์</a>`,
      '/complain': '<h1>ร้องเรียนร้องทุกข์</h1><form><input name="name"><textarea name="detail"></textarea></form>',
    });
    expect(item(s, 'O27').status).toBe('fail');
  });
});

describe('O28 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', () => {
  it('passes with the agency’s own online form', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/fraud">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a>`,
      '/fraud': '<h1>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1><form method="post"><input name="name"><textarea name="detail"></textarea></form>',
    });
    expect(item(s, 'O28')).toMatchObject({ status: 'pass' });
  });

  it('is partial when the page only explains, with no channel', () => {
    const s = siteOf({ '/': `${HOME}<a href="/fraud">ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</a>`, '/fraud': '<h1>ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</h1><p>ติดต่อด้วยตนเอง</p>' });
    expect(item(s, 'O28').status).toBe('partial');
  });

  it('does not take the general complaint form for the corruption channel (trap)', () => {
    const s = siteOf({
      '/': `${HOME}<a href="/complain">ร้องเรียนร้องทุกข์</a>`,
      '/complain': '<h1>ร้องเรียนร้องทุกข์</h1><form><input name="name"><textarea name="detail"></textarea></form>',
    });
    expect(item(s, 'O28').status).toBe('fail');
  });
});

describe('EIT/IIT survey links', () => {
  it('finds both surveys, rejects decoys, and ignores links in comments', () => {
    const s = siteOf({
      '/': `${HOME}<!-- <a href="https://itas.nacc.go.th/go/iit/old123">IIT</a> -->
        <a href="https://itas.nacc.go.th/go/eit/lglly5"><img src="/eit.png" alt="EIT"></a>
        <a href="https://itas.nacc.go.th/go/reotpsms">OTP</a><a href="https://itas.nacc.go.th/">ITAS</a><a href="https://itas.nacc.go.th/go/iit/TOOLONG1">x</a>`,
    });
    const sv = evaluateSurvey(s);
    expect(sv.eit).toMatchObject({ status: 'pass', url: 'https://itas.nacc.go.th/go/eit/lglly5', via: 'link', foundOn: `${ORIGIN}/` });
    expect(sv.iit).toMatchObject({ status: 'fail', url: null });
  });
});
