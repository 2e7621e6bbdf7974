import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_ATTR, OVERLAY_ID, clearHighlight, findEvidence, showHighlight } from '@/utils/highlight';

const BASE = 'https://ronthong.go.th/public/';

function page(body: string): Document {
  return parseHTML(`<!doctype html><html lang="th"><head><meta charset="utf-8"></head><body>${body}</body></html>`).document as unknown as Document;
}

describe('findEvidence: links', () => {
  it('finds the menu link whose href resolves to the evidence URL', () => {
    const doc = page('<nav><ul><li><a href="/public/news">ข่าว</a></li><li><a id="hit" href="fraudcomplaint/data/index/menu/5005#top">แจ้งเรื่องร้องเรียนการทุจริต</a></li></ul></nav>');

    const actual = findEvidence(doc, { kind: 'link', href: `${BASE}fraudcomplaint/data/index/menu/5005` }, BASE);

    expect(actual.map((e) => e.id)).toEqual(['hit']);
  });

  it('finds a link hidden in a javascript:window.open call (thai-sites.md §7.2)', () => {
    const doc = page(`<a id="js" href="javascript:void(0)" onclick="window.open('/public/ita.php')">ITA</a>`);

    const actual = findEvidence(doc, { kind: 'link', href: 'https://ronthong.go.th/public/ita.php' }, BASE);

    expect(actual.map((e) => e.id)).toEqual(['js']);
  });

  it('finds nothing when no link points there', () => {
    expect(findEvidence(page('<a href="/a">a</a>'), { kind: 'link', href: `${BASE}b` }, BASE)).toEqual([]);
  });
});

describe('findEvidence: people cards', () => {
  it('outlines each card (photo, name, position), never the whole list', () => {
    const doc = page(`
      <h1>คณะผู้บริหาร</h1>
      <div class="row">
        <div class="card" id="c1"><img src="/p1.jpg"><div>นายสมชาย ใจดี</div><div>นายกองค์การบริหารส่วนตำบล</div></div>
        <div class="card" id="c2"><img src="/p2.jpg"><div>นางสาวมาลี บุญมา</div><div>รองนายกองค์การบริหารส่วนตำบล</div></div>
      </div>`);

    const actual = findEvidence(doc, { kind: 'people' }, BASE);

    expect(actual.map((e) => e.id)).toEqual(['c1', 'c2']);
  });
});

describe('findEvidence: text', () => {
  it('prefers the heading that names the evidence', () => {
    const doc = page('<div><h2 id="h">แผนการดำเนินงาน ประจำปี 2566</h2><p>ดู แผนการดำเนินงาน ประจำปี 2566 ด้านล่าง และเอกสารอื่น ๆ อีกมาก</p></div>');

    const actual = findEvidence(doc, { kind: 'text', text: 'แผนการดำเนินงาน  ประจำปี 2566' }, BASE);

    expect(actual.map((e) => e.id)).toEqual(['h']);
  });
});

describe('showHighlight', () => {
  it('outlines, labels with text (never HTML), and clears back to the page as it was', () => {
    const doc = page('<a id="a" href="/x" style="outline: 1px dotted red">x</a>');
    const el = doc.getElementById('a')!;

    showHighlight(doc, [el], 'O2 <b>ข้อมูลผู้บริหาร</b>', 'ไม่พบ');

    expect(el.hasAttribute(HIGHLIGHT_ATTR)).toBe(true);
    const overlay = doc.getElementById(OVERLAY_ID)!;
    expect(overlay).not.toBeNull();
    const root = (overlay as HTMLElement).shadowRoot ?? overlay;
    expect(root.querySelector('b')).toBeNull();
    const text = Array.from(root.childNodes, (n) => n.textContent).join('');
    expect(text).toContain('O2 <b>ข้อมูลผู้บริหาร</b>');

    clearHighlight(doc);

    expect(el.hasAttribute(HIGHLIGHT_ATTR)).toBe(false);
    expect((el as HTMLElement).style.outline).toBe('1px dotted red');
    expect(doc.getElementById(OVERLAY_ID)).toBeNull();
  });
});
