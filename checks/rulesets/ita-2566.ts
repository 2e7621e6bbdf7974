/**
 * ITA 2566 (fiscal year 2566 = 1 Oct 2565 – 30 Sep 2566 BE): shared/oit/criteria.md §4.1.
 * Layout: indicator 9 การเปิดเผยข้อมูล (9.1–9.5) and indicator 10 การป้องกันการทุจริต (10.1–10.2).
 */
import { defineRuleSet } from '../rules';

const S = 'shared/oit/criteria.md §4.1';

export default defineRuleSet({
  id: 'ita-2566',
  fiscalYear: 2566,
  title: { th: 'ITA ปีงบประมาณ พ.ศ. 2566', en: 'ITA fiscal year 2566 (2023)' },
  source: S,
  passMark: 85,
  sections: [
    { id: '9.1', title: { th: 'ข้อมูลพื้นฐาน', en: 'Basic information' } },
    { id: '9.2', title: { th: 'การบริหารงาน', en: 'Administration' } },
    { id: '9.3', title: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' } },
    { id: '9.4', title: { th: 'การบริหารและพัฒนาทรัพยากรบุคคล', en: 'Human resources' } },
    { id: '9.5', title: { th: 'การส่งเสริมความโปร่งใส', en: 'Transparency' } },
    { id: '10.1', title: { th: 'การดำเนินการเพื่อป้องกันการทุจริต', en: 'Corruption prevention' } },
    { id: '10.2', title: { th: 'มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส', en: 'Internal integrity measures' } },
  ],
  items: [
    { code: 'O1', concept: 'structure', section: '9.1', title: { th: 'โครงสร้าง', en: 'Organisation structure' }, period: 'none', source: `${S} O1 [P5][P13]`, confidence: 'S' },
    { code: 'O2', concept: 'executives', section: '9.1', title: { th: 'ข้อมูลผู้บริหาร', en: 'Executives' }, period: 'none', source: `${S} O2 [P5][P13]`, confidence: 'S' },
    { code: 'O11', concept: 'annual-plan', section: '9.2', title: { th: 'แผนดำเนินงานและการใช้งบประมาณประจำปี', en: 'Annual operating plan and budget' }, period: 'current', source: `${S} O11 [P7]`, confidence: 'S' },
    { code: 'O27', concept: 'complaint-guide', section: '9.5', title: { th: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint handling guide' }, period: 'none', source: `${S} O27 [P10]`, confidence: 'S' },
    { code: 'O28', concept: 'complaint-channel', section: '9.5', title: { th: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint channel' }, period: 'none', source: `${S} O28 [P10]`, confidence: 'S' },
  ],
});
