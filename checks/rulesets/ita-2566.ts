/**
 * ITA 2566 (fiscal year 2566 = 1 Oct 2565 – 30 Sep 2566 BE): shared/oit/criteria.md §4.1, 43 items.
 * Layout: indicator 9 การเปิดเผยข้อมูล (9.1–9.5) and indicator 10 การป้องกันการทุจริต (10.1–10.2).
 * Thin data: each item names its concept (checks/concepts), its period and its evidence label.
 * `confidence` is the label of the item's criteria (criteria.md legend: S seen, S-partial partly
 * seen, I inferred, M unverified recollection); M items carry the note "criteria unverified".
 * Periods marked M in criteria.md (O16, O29 "H1 (M)") are judged by the year, and, when the evidence
 * names the months it covers, by whether they reach March (their concepts' `coverage: 'h1'`).
 */
import { defineRuleSet } from '../rules';
import { WITH_PROBLEMS } from '../concepts/procurement-report';

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
    { code: 'O1', concept: 'structure', section: '9.1', title: { th: 'โครงสร้าง', en: 'Organisation structure' }, period: 'none', source: `${S} O1 (Ev: S [P5][P13])`, confidence: 'S' },
    { code: 'O2', concept: 'executives', section: '9.1', title: { th: 'ข้อมูลผู้บริหาร', en: 'Executives' }, period: 'none', source: `${S} O2 (Ev: S [P5][P13])`, confidence: 'S' },
    { code: 'O3', concept: 'authority', section: '9.1', title: { th: 'อำนาจหน้าที่', en: 'Powers and duties' }, period: 'none', source: `${S} O3 (Ev: S [P13], M (not-whole-law note))`, confidence: 'S' },
    { code: 'O4', concept: 'strategic-plan', section: '9.1', title: { th: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', en: 'Strategic or development plan' }, period: 'current', source: `${S} O4 (Ev: S-partial [C4]; criteria M/[P18])`, confidence: 'S-partial' },
    { code: 'O5', concept: 'contact', section: '9.1', title: { th: 'ข้อมูลการติดต่อ', en: 'Contact information' }, period: 'none', source: `${S} O5 (Ev: M; [P18] older wording)`, confidence: 'M' },
    { code: 'O6', concept: 'laws', section: '9.1', title: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Relevant laws' }, period: 'none', source: `${S} O6 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O7', concept: 'news', section: '9.1', title: { th: 'ข่าวประชาสัมพันธ์', en: 'News' }, period: 'current', source: `${S} O7 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O8', concept: 'qa', section: '9.1', title: { th: 'Q&A', en: 'Q&A channel' }, period: 'none', source: `${S} O8 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O9', concept: 'social-network', section: '9.1', title: { th: 'Social Network', en: 'Social media' }, period: 'none', source: `${S} O9 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O10', concept: 'privacy-policy', section: '9.1', title: { th: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', en: 'Personal data protection policy' }, period: 'none', source: `${S} O10 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O11', concept: 'annual-plan', section: '9.2', title: { th: 'แผนดำเนินงานและการใช้งบประมาณประจำปี', en: 'Annual operating plan and budget' }, period: 'current', source: `${S} O11 (Ev: S [P7])`, confidence: 'S' },
    { code: 'O12', concept: 'plan-progress', section: '9.2', title: { th: 'รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน', en: 'Six-month progress report on operations and budget' }, period: 'h1', source: `${S} O12 (Ev: S [P7])`, confidence: 'S' },
    { code: 'O13', concept: 'annual-report', section: '9.2', title: { th: 'รายงานผลการดำเนินงานประจำปี', en: 'Annual performance report' }, period: 'previous', source: `${S} O13 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O14', concept: 'staff-manual', section: '9.2', title: { th: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'Staff work manual' }, period: 'none', source: `${S} O14 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O15', concept: 'service-manual', section: '9.2', title: { th: 'คู่มือหรือมาตรฐานการให้บริการ', en: 'Public service manual' }, period: 'none', source: `${S} O15 (Ev: S-partial [P12]; criteria S from an older page [P18])`, confidence: 'S-partial' },
    { code: 'O16', concept: 'service-statistics', section: '9.2', title: { th: 'ข้อมูลเชิงสถิติการให้บริการ', en: 'Service statistics' }, period: 'current', source: `${S} O16 (Ev: S-partial [P12]; M (H1))`, confidence: 'M' },
    { code: 'O17', concept: 'satisfaction-survey', section: '9.2', title: { th: 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', en: 'Satisfaction-survey report' }, period: 'previous', source: `${S} O17 (Ev: S-partial [P12]; M (PREV/CUR))`, confidence: 'M' },
    { code: 'O18', concept: 'e-service', section: '9.2', title: { th: 'E–Service', en: 'Online services' }, period: 'none', source: `${S} O18 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O19', concept: 'procurement-plan', section: '9.3', title: { th: 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', en: 'Procurement plan' }, period: 'current', source: `${S} O19 (Ev: S [P6][P8][P11])`, confidence: 'S' },
    { code: 'O20', concept: 'procurement-notices', section: '9.3', title: { th: 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', en: 'Procurement notices' }, period: 'current', source: `${S} O20 (Ev: S [P8][P11])`, confidence: 'S' },
    { code: 'O21', concept: 'procurement-monthly', section: '9.3', title: { th: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', en: 'Monthly procurement summary' }, period: 'monthly', source: `${S} O21 (Ev: S [P6]; H1 M)`, confidence: 'S' },
    { code: 'O22', concept: 'procurement-report', section: '9.3', title: { th: 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', en: 'Annual procurement report' }, period: 'previous', source: `${S} O22 (Ev: S-partial; M)`, confidence: 'M', components: WITH_PROBLEMS },
    { code: 'O23', concept: 'hr-policy', section: '9.4', title: { th: 'นโยบายหรือแผนการบริหารทรัพยากรบุคคล', en: 'HR policy or plan' }, period: 'current', source: `${S} O23 (Ev: S [P12])`, confidence: 'S' },
    { code: 'O24', concept: 'hr-progress', section: '9.4', title: { th: 'การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล', en: 'HR plan progress' }, period: 'h1', source: `${S} O24 (Ev: S [P10][P12])`, confidence: 'S' },
    { code: 'O25', concept: 'hr-rules', section: '9.4', title: { th: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR rules' }, period: 'none', source: `${S} O25 (Ev: S-partial [P10] (item 1 seen); rest M)`, confidence: 'S-partial' },
    { code: 'O26', concept: 'hr-report', section: '9.4', title: { th: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', en: 'Annual HR report' }, period: 'previous', source: `${S} O26 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O27', concept: 'complaint-guide', section: '9.5', title: { th: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint handling guide' }, period: 'none', source: `${S} O27 (Ev: S [P10])`, confidence: 'S' },
    { code: 'O28', concept: 'complaint-channel', section: '9.5', title: { th: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint channel' }, period: 'none', source: `${S} O28 (Ev: S [P10])`, confidence: 'S' },
    { code: 'O29', concept: 'complaint-statistics', section: '9.5', title: { th: 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint statistics' }, period: 'current', source: `${S} O29 (Ev: S-partial; M (H1))`, confidence: 'M' },
    { code: 'O30', concept: 'participation', section: '9.5', title: { th: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', en: 'Public participation' }, period: 'current', source: `${S} O30 (Ev: S-partial; M)`, confidence: 'M' },
    { code: 'O31', concept: 'no-gift-declaration', section: '10.1', title: { th: 'ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่', en: 'No Gift Policy declaration' }, period: 'current', source: `${S} O31 (Ev: S [P6])`, confidence: 'S' },
    { code: 'O32', concept: 'no-gift-culture', section: '10.1', title: { th: 'การสร้างวัฒนธรรม No Gift Policy', en: 'No Gift culture activity' }, period: 'current', source: `${S} O32 (Ev: S [P6])`, confidence: 'S' },
    { code: 'O33', concept: 'gift-report', section: '10.1', title: { th: 'รายงานผลตามนโยบาย No Gift Policy', en: 'No Gift Policy report' }, period: 'previous', source: `${S} O33 (Ev: S-partial [P6]; period M)`, confidence: 'S-partial' },
    { code: 'O34', concept: 'risk-assessment', section: '10.1', title: { th: 'การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี', en: 'Annual corruption-risk assessment' }, period: 'current', source: `${S} O34 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O35', concept: 'risk-actions', section: '10.1', title: { th: 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ', en: 'Corruption-risk management actions' }, period: 'current', source: `${S} O35 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O36', concept: 'anti-corruption-plan', section: '10.1', title: { th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'Anti-corruption action plan' }, period: 'current', source: `${S} O36 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O37', concept: 'anti-corruption-progress', section: '10.1', title: { th: 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน', en: 'Six-month anti-corruption progress report' }, period: 'h1', source: `${S} O37 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O38', concept: 'anti-corruption-report', section: '10.1', title: { th: 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', en: 'Annual anti-corruption report' }, period: 'previous', source: `${S} O38 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O39', concept: 'ethics-code', section: '10.2', title: { th: 'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ', en: 'Code of ethics for officials' }, period: 'none', source: `${S} O39 (Ev: S [P6])`, confidence: 'S' },
    { code: 'O40', concept: 'ethics-promotion', section: '10.2', title: { th: 'การขับเคลื่อนจริยธรรม', en: 'Ethics promotion' }, period: 'current', source: `${S} O40 (Ev: S [P6])`, confidence: 'S' },
    { code: 'O41', concept: 'ethics-assessment', section: '10.2', title: { th: 'การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ', en: 'Ethics assessment of officials' }, period: 'previous', source: `${S} O41 (Ev: S-partial [P6]; period M)`, confidence: 'S-partial' },
    { code: 'O42', concept: 'integrity-measures', section: '10.2', title: { th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', en: 'Internal integrity measures' }, period: 'current', source: `${S} O42 (Ev: S-partial [C4]; M)`, confidence: 'M' },
    { code: 'O43', concept: 'integrity-actions', section: '10.2', title: { th: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', en: 'Implementation of the internal integrity measures' }, period: 'current', source: `${S} O43 (Ev: S-partial [C4]; M)`, confidence: 'M' },
  ],
});
