/**
 * `law-summary`: powers and duties are shown as a summary of what the agency does, not as the whole
 * Act. criteria.md §2.4 "not the whole law" ("ต้องไม่เป็นการแสดงกฎหมายทั้งฉบับ", 2568 guide [P1],
 * 2569 wording [C9]); §4.1 O3. The whole Act shows up as a link whose words are an Act's title
 * (พระราชบัญญัติ…, พ.ร.บ. …) with nothing else, or as a page that is the Act itself (its title is
 * the Act and it runs through dozens of มาตรา).
 */
import { z } from 'zod';
import { compact } from '../thai/normalize';
import { ownText } from './site-chrome';
import { proseLength } from './document';
import { defineDetector } from './types';
import { documentsOf, fileNameOf } from './evidence-text';

const ACT = /(พระราชบัญญัติ|พรบ|ประมวลกฎหมาย|ราชกิจจานุเบกษา|พระราชกฤษฎีกา|กฎกระทรวง)/;
const SUMMARY = /(มีอำนาจหน้าที่|มีหน้าที่|อำนาจหน้าที่ดังนี้|หน้าที่ดังต่อไปนี้|ภารกิจ|สรุปอำนาจหน้าที่|อำนาจหน้าที่ของ)/;
/** A summary of powers and duties lists them: a sentence pointing at the Act is not one. */
const SUMMARY_CHARS = 300;
/** Words only the Act itself carries: its royal preamble and enacting formula. */
const PREAMBLE = /(ภูมิพลอดุลยเดช|ให้ไว้ ณ วันที่.{0,60}เป็นปีที่.{0,12}ในรัชกาล|พระราชบัญญัตินี้เรียกว่า|โดยคำแนะนำและยินยอมของ)/;
/** A summary cites the chapter of powers and duties; the Act runs through all of them. */
const WHOLE_ACT_CHAPTERS = 3;
/** An Act runs through many sections; a summary quotes a few (มาตรา 66, 67, 68 …). */
const WHOLE_ACT_SECTIONS = 40;

const WHOLE = { th: 'แสดงกฎหมายทั้งฉบับ ไม่ใช่ข้อมูลที่อธิบายอำนาจหน้าที่ของหน่วยงานโดยสรุป', en: 'Shows the whole Act, not a summary of the agency’s powers and duties' };

export default defineDetector({
  id: 'law-summary',
  params: z.object({}),
  evaluate(c, _p, ctx) {
    const page = c.page;
    // The page's own prose: a side menu repeated on every page, or the titles of the Acts it links,
    // are no summary ("มีหน้าที่และอำนาจตาม พ.ร.บ.… รายละเอียดตามเอกสารแนบ" over two Acts is the law).
    const own = page ? ownText(page, ctx.site) : '';
    if (page && proseLength(page, ctx.site) >= SUMMARY_CHARS) {
      const head = compact(`${page.title} ${page.headings.slice(0, 2).join(' ')}`);
      const sections = (own.match(/มาตรา ?\d+/g) ?? []).length;
      if (ACT.test(head) && sections >= WHOLE_ACT_SECTIONS && !SUMMARY.test(own.slice(0, 3000))) return { status: 'fail', empty: true, missing: [WHOLE] };
      // The Act copied onto the page under the item's own title: its royal preamble, or its chapters.
      const chapters = new Set(own.match(/หมวด ?\d+/g) ?? []).size;
      if (ACT.test(compact(own.slice(0, 600))) && (PREAMBLE.test(own) || chapters >= WHOLE_ACT_CHAPTERS)) return { status: 'fail', empty: true, missing: [WHOLE] };
      return { status: 'pass' };
    }
    const docs = documentsOf(c);
    if (!docs.length) return { status: 'pass' };
    const names = docs.map((d) => {
      const a = c.attachments.find((x) => x.link.url === d.url);
      // The file's own words: the sentence around the link ("อำนาจหน้าที่เป็นไปตาม …") names the page, not the file.
      return compact(`${a ? a.link.text : c.kind === 'document' ? (c.link?.text ?? c.text) : ''} ${fileNameOf(d.url)}`);
    });
    // Every file is an Act and none is named as the agency's powers and duties: the whole law.
    if (names.every((n) => ACT.test(n) && !/อำนาจหน้าที่|หน้าที่และอำนาจ/.test(n))) return { status: 'fail', empty: true, missing: [WHOLE] };
    return { status: 'pass' };
  },
});
