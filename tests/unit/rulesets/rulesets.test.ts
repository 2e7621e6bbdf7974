/**
 * The bundled years as data (criteria.md §4–5): what each year asks, where years differ for the same
 * concept, and how the engine reads them on whole small sites (old-year hub pages, merged items).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { evaluateItems } from '../../../checks/engine';
import { getRuleSet, RULESETS } from '../../../checks/rulesets';
import { itemOf, parseFixture, siteOf } from '../concepts/helpers';

const rs = (id: string) => getRuleSet(id)!;
const item = (id: string, code: string) => rs(id).items.find((i) => i.code === code)!;

describe('bundled rule sets', () => {
  it('--list-rulesets prints each with its item count, the newest as default', async () => {
    let out = '';
    const code = await main(['--list-rulesets'], { stdout: (s: string) => (out += s), stderr: () => {} } as never);

    expect(code).toBe(0);
    expect(out).toContain('ita-2566\t43 items');
    expect(out).toContain('ita-2567\t43 items');
    expect(out).toContain('ita-2568\t26 items');
    expect(out).toMatch(/ita-2569\t26 items.*\(default\)/);
  });

  it('keys the same disclosure by concept across years, under each year’s code (criteria.md §5)', () => {
    const codeOf = (id: string, concept: string) => rs(id).items.find((i) => i.concept === concept)?.code;
    expect(['ita-2566', 'ita-2567', 'ita-2568', 'ita-2569'].map((id) => codeOf(id, 'contact'))).toEqual(['O5', 'O5', 'O3', 'O3']);
    expect(['ita-2566', 'ita-2568', 'ita-2569'].map((id) => codeOf(id, 'complaint-channel'))).toEqual(['O28', 'O18', 'O17']);
    expect(['ita-2566', 'ita-2568', 'ita-2569'].map((id) => codeOf(id, 'strategic-plan'))).toEqual(['O4', 'O5', 'O5']);
  });

  it('moves periods with the year: the annual procurement report is of the previous year', () => {
    expect([item('ita-2566', 'O22').period, item('ita-2568', 'O13').period, item('ita-2569', 'O12').period]).toEqual(['previous', 'previous', 'previous']);
    expect(item('ita-2569', 'O11').period).toBe('monthly');
  });

  it('keeps each item’s evidence label; 2569 O6 and O7 have no known title and are M', () => {
    expect(item('ita-2569', 'O6').confidence).toBe('M');
    expect(item('ita-2569', 'O7').confidence).toBe('M');
    expect(item('ita-2566', 'O28').confidence).toBe('S');
    for (const r of RULESETS) for (const i of r.items) expect(['S', 'S-partial', 'I', 'M']).toContain(i.confidence);
  });

  it('says "criteria unverified" on M items only', () => {
    const site = siteOf(parseFixture(''));
    const results = evaluateItems(site, rs('ita-2566'));
    for (const r of results) {
      const unverified = r.notes.some((n) => n.includes('criteria unverified'));
      expect(unverified, `${r.id} (${r.confidence})`).toBe(r.confidence === 'M');
    }
  });
});

describe('whole small sites', () => {
  const HUB_2565 = `<!-- page: /ita2565 -->
<html><head><title>ITA 2565</title></head><body><h1>การเปิดเผยข้อมูลสาธารณะ ITA ประจำปี 2565</h1>
<h3>O11 แผนดำเนินงานประจำปี</h3><ul><li><a href="/files/plan.pdf">แผนดำเนินงานและการใช้งบประมาณประจำปี</a></li></ul></body></html>`;

  it('does not take an old ITA 2565 page’s row for the current year’s item', () => {
    const site = siteOf(parseFixture(`<html><body><h1>องค์การบริหารส่วนตำบลตัวอย่าง</h1><a href="/ita2565">ITA 2565</a></body></html>${HUB_2565}`));

    const actual = itemOf(site, 'ita-2566', 'O11');

    expect(actual.status).toBe('partial');
    expect(actual.missing.join(' ')).toContain('พบปี 2565');
  });

  it('gives the merged part’s own URL as further evidence (2568 O1 structure + powers and duties)', () => {
    const site = siteOf(parseFixture(`<html><body><h1>องค์การบริหารส่วนตำบลตัวอย่าง</h1><a href="/structure">โครงสร้างส่วนราชการ</a><a href="/authority">อำนาจหน้าที่</a></body></html>
<!-- page: /structure -->
<html><body><h1>โครงสร้างส่วนราชการ</h1><img src="/img/org.jpg" alt="แผนผังโครงสร้าง"><p>ฝ่ายการเมือง นายกองค์การบริหารส่วนตำบล รองนายก สภาองค์การบริหารส่วนตำบล ฝ่ายข้าราชการประจำ ปลัดองค์การบริหารส่วนตำบล สำนักปลัด กองคลัง กองช่าง</p></body></html>
<!-- page: /authority -->
<html><body><h1>อำนาจหน้าที่</h1><p>${'องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ดังต่อไปนี้ จัดให้มีและบำรุงรักษาทางน้ำและทางบก รักษาความสะอาดของถนน '.repeat(5)}</p></body></html>`));

    const actual = itemOf(site, 'ita-2568', 'O1');

    expect(actual.status).toBe('pass');
    expect(actual.evidence.map((e) => e.url.replace(/^https?:\/\/[^/]+/, '')).slice(0, 2)).toEqual(['/structure', '/authority']);
  });
});

describe('how the engine reads real site shapes', () => {
  const HOME = '<html><head><title>องค์การบริหารส่วนตำบลตัวอย่าง</title></head><body><h1>องค์การบริหารส่วนตำบลตัวอย่าง</h1>';

  it('an ITA post that only points at the item’s page is judged by that page (last year’s statistics)', () => {
    const site = siteOf(parseFixture(`${HOME}<a href="/ita/16">O16 ข้อมูลเชิงสถิติการให้บริการ</a></body></html>
<!-- page: /ita/16 -->
<html><head><title>O16 ข้อมูลเชิงสถิติการให้บริการ - อบต.ตัวอย่าง</title></head><body><h1>O16 ข้อมูลเชิงสถิติการให้บริการ</h1>
<p>การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566 โพสต์เมื่อ 20 มี.ค. 2566 คำอธิบาย: หน้าหลักของเว็บไซต์ เลือก บริการประชาชน เลือก สถิติการให้บริการ ${'ข้อความประกอบ '.repeat(20)}</p>
<a href="/stat">สถิติการให้บริการ</a></body></html>
<!-- page: /stat -->
<html><head><title>สถิติการให้บริการ - อบต.ตัวอย่าง</title></head><body><h1>สถิติการให้บริการ</h1><ul><li><a href="/files/stat-65.pdf">สถิติการให้บริการ ประจำปีงบประมาณ 2565</a></li></ul></body></html>`));

    const actual = itemOf(site, 'ita-2566', 'O16');

    expect(actual.status).toBe('partial');
    expect(actual.evidence[0].url).toMatch(/\/stat$/);
    expect(actual.missing.join(' ')).toContain('พบปี 2565');
  });

  it('a detail page belongs to its own title, not to its category heading', () => {
    const site = siteOf(parseFixture(`${HOME}<a href="/post/9">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</a></body></html>
<!-- page: /post/9 -->
<html><head><title>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล - อบต.ตัวอย่าง</title></head><body><h1>แผนอัตรากำลังและการบริหารงานบุคคล</h1><h2>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</h2>
<a href="/files/rules.pdf">ประกาศหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ปี 2566</a></body></html>`));

    expect(itemOf(site, 'ita-2566', 'O23').status).toBe('fail');
    expect(itemOf(site, 'ita-2566', 'O25').status).toBe('pass');
  });

  it('on a long OIT page, a Drive link under the item’s heading is the item, for a person to check', () => {
    const site = siteOf(parseFixture(`${HOME}<a href="/oit">OIT 2566</a></body></html>
<!-- page: /oit -->
<html><head><title>OIT 2566</title></head><body><h1>การเปิดเผยข้อมูลสาธารณะ OIT 2566</h1>
<h3>O11 แผนดำเนินงานและการใช้งบประมาณประจำปี</h3><ul><li><a href="/files/plan-66.pdf">แผนการดำเนินงาน ปี 2566</a></li></ul>
<h3>O12 รายงาน&#8203;การกํากับติดตามการดําเนินงานและการใช้งบประมาณ รอบ 6 เดือน</h3><ul><li><a href="https://drive.google.com/file/d/1sIx/view?usp=sharing">รายงาน 6 เดือน ปี 2566</a></li></ul>
<h3>O13 รายงานผลการดำเนินงานประจำปี</h3><ul><li><a href="/files/annual-65.pdf">รายงาน ปี 2565</a></li></ul></body></html>`));

    const actual = itemOf(site, 'ita-2566', 'O12');

    expect(actual.status).toBe('review');
    expect(actual.evidence[0].url).toContain('drive.google.com');
  });

  it('a list that gathers the item is evidence[0], not one of its entries', () => {
    const posts = [1, 2, 3].map((i) => `<li><a href="/news/${i}">ข่าวประชาสัมพันธ์ กิจกรรมที่ ${i} ประจำปี 2566</a> ${i} ธ.ค. 2565</li>`).join('');
    const site = siteOf(parseFixture(`${HOME}<div class="menu"><a href="/news">ข่าวประชาสัมพันธ์</a></div></body></html>
<!-- page: /news -->
<html><head><title>ข่าวประชาสัมพันธ์</title></head><body><h1>ข่าวประชาสัมพันธ์</h1><ul>${posts}</ul></body></html>`));

    const actual = itemOf(site, 'ita-2566', 'O7');

    expect(actual.status).toBe('pass');
    expect(actual.evidence[0].url).toMatch(/\/news$/);
  });
});

describe('old O-numbers', () => {
  it('a row "O11 แผนดำเนินงาน…" on a 2566-layout hub is the annual plan (2568 O6), never 2568’s O11', () => {
    const site = siteOf(parseFixture(`<html><body><h1>องค์การบริหารส่วนตำบลตัวอย่าง</h1><a href="/ita">ITA</a></body></html>
<!-- page: /ita -->
<html><head><title>ITA</title></head><body><h1>ITA</h1><table>
<tr><td>O11 แผนดำเนินงานและการใช้งบประมาณประจำปี</td><td><a href="/files/plan-68.pdf">แผนการดำเนินงาน ประจำปีงบประมาณ 2568</a></td></tr>
</table></body></html>`));

    expect(itemOf(site, 'ita-2568', 'O11').status).toBe('fail');
    expect(itemOf(site, 'ita-2568', 'O6').evidence[0].url).toMatch(/plan-68\.pdf$/);
  });
});
