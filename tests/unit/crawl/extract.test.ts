import { describe, expect, it } from 'vitest';
import { extractFeatures, findNames, findPhones } from '../../../checks/crawl/extract';

const BASE = 'https://www.ronthong.go.th/public/';
const extract = (body: string) => extractFeatures(`<html lang="en"><head><title>อบต.ร่อนทอง</title></head><body>${body}</body></html>`, BASE);

describe('links', () => {
  it('reads a, area, iframe, frame, object and embed targets, resolved and typed', () => {
    const f = extract(`
      <a href="/public/list/data/index/menu/1685">ITA</a>
      <map><area href="/map-target" alt="แผนที่"></map>
      <iframe src="/intro.php"></iframe><frameset><frame src="/frame.php"></frameset>
      <object data="/docs/file/plan.pdf" type="application/pdf"></object>
      <embed src="https://flowpaper.com/flipbook/?pdf=x.pdf">`);
    const byUrl = Object.fromEntries(f.links.map((l) => [l.url, l]));
    expect(byUrl['https://www.ronthong.go.th/public/list/data/index/menu/1685']).toMatchObject({ via: 'a', kind: 'page', internal: true, text: 'ita' });
    expect(byUrl['https://www.ronthong.go.th/map-target'].via).toBe('area');
    expect(byUrl['https://www.ronthong.go.th/intro.php'].via).toBe('iframe');
    expect(byUrl['https://www.ronthong.go.th/docs/file/plan.pdf']).toMatchObject({ via: 'object', kind: 'document' });
    expect(byUrl['https://flowpaper.com/flipbook/?pdf=x.pdf']).toMatchObject({ via: 'embed', internal: false });
  });

  it('reads the target inside javascript: popups and onclick handlers', () => {
    const f = extract(`<a href="javascript:MM_openBrWindow('news_detail.php?news_id=912','','width=600')">ประกาศ</a>
      <a href="javascript:void(0)" onclick="window.open('/docs/a.pdf')">แผน</a>
      <a href="javascript:void(0)" class="dropbtn">แผนงาน</a>`);
    expect(f.links.map((l) => [l.url, l.via])).toEqual([
      ['https://www.ronthong.go.th/public/news_detail.php?news_id=912', 'js'],
      ['https://www.ronthong.go.th/docs/a.pdf', 'js'],
    ]);
  });

  it('reads nothing from comments, templates and scripts', () => {
    const f = extract(`<!-- <a href="https://itas.nacc.go.th/go/eit/old123">EIT</a> -->
      <template><a href="/hidden-template">x</a></template>
      <script>document.write('<a href="/from-script">x</a>')</script>
      <p>ข้อความ</p>`);
    expect(f.links).toEqual([]);
    expect(f.text).not.toContain('old123');
  });

  it('counts collapsed and carousel content: it is published', () => {
    const f = extract(`<ul class="itghidedata" style="display:none"><li><a href="/o27.pdf">แนวปฏิบัติการจัดการเรื่องร้องเรียน</a></li></ul>`);
    expect(f.links[0].url).toBe('https://www.ronthong.go.th/o27.pdf');
  });

  it('reads the labels of tabs, accordions and <summary> as headings of the page’s own sections', () => {
    const f = extract(`<nav class="navbar"><ul class="nav"><li class="nav-item"><a class="nav-link" href="/a">หน้าแรก</a></li></ul></nav>
      <h1>E-Service</h1>
      <ul class="nav nav-tabs" role="tablist"><li class="nav-item" role="presentation"><button class="nav-link active" data-bs-toggle="tab" type="button" role="tab">บริการออนไลน์</button></li>
        <li class="nav-item"><a class="nav-link" data-bs-toggle="tab" href="#stats">สถิติการใช้บริการ</a></li></ul>
      <div class="accordion"><h2 class="accordion-header"><button class="accordion-button collapsed" data-bs-toggle="collapse">ฝ่ายการเมือง</button></h2>
        <div class="accordion-collapse collapse"><a href="/f/mayor.pdf">นายกองค์การบริหารส่วนตำบล</a></div></div>
      <details><summary>คู่มือการใช้งาน</summary><p>ขั้นตอน</p></details>`);
    expect(f.headings).toEqual(['e-service', 'บริการออนไลน์', 'สถิติการใช้บริการ', 'ฝ่ายการเมือง', 'คู่มือการใช้งาน']);
    // An accordion's label heads its panel; a tab's does not (the panels follow the whole tab list).
    expect(f.links.find((l) => l.url.endsWith('/f/mayor.pdf'))).toMatchObject({ inNav: false, heading: 'ฝ่ายการเมือง' });
    expect(f.links.find((l) => l.url.endsWith('/a'))).toMatchObject({ inNav: true });
  });

  it('uses an image alt as the text of an image link, and marks menu links', () => {
    const f = extract(`<nav class="menu"><a href="/a">โครงสร้าง</a></nav><div class="banner"><a href="https://itas.nacc.go.th/go/eit/abc123"><img src="/eit.png" alt="EIT แบบวัดการรับรู้"></a></div>`);
    expect(f.links[0]).toMatchObject({ inNav: true, text: 'โครงสร้าง' });
    expect(f.links[1]).toMatchObject({ inNav: false, hasImage: true, text: 'eit แบบวัดการรับรู้' });
  });

  it('normalises link text (Thai digits, decomposed sara am, zero-width)', () => {
    const f = extract(`<a href="/p">แผนการดำเนินงาน\u200b ประจำปี ๒๕๖๖ กํา</a>`);
    expect(f.links[0].text).toBe('แผนการดำเนินงาน ประจำปี 2566 กำ');
  });

  it('keeps the nearest heading and the row of a generic link', () => {
    const f = extract(`<h3>O11 แผนดำเนินงานประจำปี 2566</h3><table><tr><td>แผนดำเนินงาน</td><td><a href="/x.pdf">เปิด</a></td></tr></table>`);
    expect(f.links[0].heading).toBe('o11 แผนดำเนินงานประจำปี 2566');
    expect(f.links[0].context).toContain('แผนดำเนินงาน');
  });

  it('resolves against <base href>', () => {
    const f = extractFeatures('<base href="https://www.ronthong.go.th/sub/"><a href="page.php">x</a>', BASE);
    expect(f.links[0].url).toBe('https://www.ronthong.go.th/sub/page.php');
  });
});

describe('people cards', () => {
  it('reads name, position, photo and phone per card, without mixing cards', () => {
    const f = extract(`
      <div class="card"><img src="/p/1.jpg"><h4>นายสมชาย ใจดี</h4><p>นายกองค์การบริหารส่วนตำบลร่อนทอง</p><p>โทร. 08-1234-5678</p></div>
      <div class="card"><img src="/p/2.jpg"><h4>นางสาวสมหญิง รักดี</h4><p>ปลัดองค์การบริหารส่วนตำบลร่อนทอง</p></div>
      <div class="card"><img src="/docs/ex_personnel.png"><h4>ว่าง</h4><p>รองปลัดองค์การบริหารส่วนตำบล</p></div>`);
    expect(f.people.map((p) => [p.name, p.position, p.hasPhoto, p.phones])).toEqual([
      ['นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบลร่อนทอง', true, ['0812345678']],
      ['นางสาวสมหญิง รักดี', 'ปลัดองค์การบริหารส่วนตำบลร่อนทอง', true, []],
    ]);
  });

  it('flags a placeholder photo', () => {
    const f = extract(`<div><img src="/docs/ex_personnel.png"><p>นายทดสอบ ระบบ</p><p>รองนายก อบต.</p></div>`);
    expect(f.people[0].isPlaceholderPhoto).toBe(true);
  });

  it('decodes names stored as numeric entities (legacy sites)', () => {
    const f = extract('<td><img src="images/16.jpg"><p><strong>&#3609;&#3634;&#3618;&#3648;&#3592;&#3619;&#3636;&#3597;&nbsp; &#3629;&#3636;&#3609;&#3605;&#3656;&#3629;&#3617;</strong></p><p>รองนายกองค์การบริหารส่วนตำบลไทรย้อย</p></td>');
    expect(f.people[0].name).toBe('นายเจริญ อินต่อม');
    expect(f.people[0].phones).toEqual([]);
  });
});

describe('names and phones', () => {
  it('does not take the mayor title นายก or นายอำเภอ for a name', () => {
    expect(findNames('นายกองค์การบริหารส่วนตำบล ร่อนทอง นายอำเภอ สตึก')).toEqual([]);
    expect(findNames('นายกิตติ ศักดิ์ดี')).toEqual(['นายกิตติ ศักดิ์ดี']);
  });
  it('finds Thai phone shapes and ignores dates and years', () => {
    expect(findPhones('โทรศัพท์ 0-4203-9209 หรือ 054 501 116 มือถือ 081-234-5678')).toEqual(['042039209', '054501116', '0812345678']);
    expect(findPhones('01-08-2023 พ.ศ. 2566-2570 ราคา 2,566 บาท')).toEqual([]);
  });
});

describe('page facts', () => {
  it('reads forms, contact details, map, dates and fiscal years', () => {
    const f = extract(`<h1>ติดต่อเรา</h1><p>หมู่ที่ ๑๐ โทรศัพท์ 0-4466-1234 อีเมล saraban@ronthong.go.th</p>
      <iframe src="https://www.google.com/maps/embed?pb=1"></iframe>
      <p>ประกาศเมื่อ 4 ธ.ค. 2565 แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</p>
      <form method="post" action="/send"><label>ชื่อ-สกุล</label><input name="name"><textarea name="detail" placeholder="รายละเอียด"></textarea><input type="hidden" name="csrf"></form>`);
    expect(f.headings).toEqual(['ติดต่อเรา']);
    expect(f.phones).toEqual(['044661234']);
    expect(f.emails).toEqual(['saraban@ronthong.go.th']);
    expect(f.hasMap).toBe(true);
    expect(f.fiscalYears).toContain(2566);
    expect(f.dates).toContainEqual({ year: 2565, month: 12, day: 4 });
    expect(f.forms[0]).toMatchObject({ method: 'post', action: 'https://www.ronthong.go.th/send' });
    expect(f.forms[0].fields).toEqual(expect.arrayContaining(['name', 'detail รายละเอียด']));
  });

  it('keeps a select’s choices with its field (what the form takes)', () => {
    const f = extract(`<form><select name="type"><option>เรื่องทั่วไป</option><option>ทุจริต</option></select><textarea name="detail"></textarea></form>`);
    expect(f.forms[0].fields).toContain('type เรื่องทั่วไป ทุจริต');
  });

  it('survives 10,000-deep nesting without overflowing the stack', () => {
    const deep = '<div>'.repeat(10_000) + '<a href="/deep">ลึก</a>' + '</div>'.repeat(10_000);
    const f = extract(deep);
    expect(f.links[0].url).toBe('https://www.ronthong.go.th/deep');
  });
});
