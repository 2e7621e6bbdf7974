/**
 * ITA 2568 (fiscal year 2568 = 1 Oct 2567 – 30 Sep 2568 BE): shared/oit/criteria.md §4.3 and
 * shared/oit/update-2568-2570.md §2 (the final table for อปท.), 26 items O1–O26, restructured: items
 * merge (O1 structure + powers/duties, O3 contact + Q&A, O6 plan + progress, O16 ethics code +
 * promotion, O21 No Gift declaration + culture), so their second part is a `companion` component.
 * The sub-indicator numbers (9.x/10.x) for 2568 were not seen (update §2: "the mapping below is I"):
 * the sections follow the groups seen [C5][N1][C15] in the 2566 layout.
 */
import { defineRuleSet } from '../rules';

const S = 'shared/oit/update-2568-2570.md §2';
const C = 'shared/oit/criteria.md §4.3';

export default defineRuleSet({
  id: 'ita-2568',
  fiscalYear: 2568,
  title: { th: 'ITA ปีงบประมาณ พ.ศ. 2568', en: 'ITA fiscal year 2568 (2025)' },
  source: `${S}; ${C}`,
  passMark: 85,
  sections: [
    { id: '9.1', title: { th: 'ข้อมูลพื้นฐาน', en: 'Basic information' } },
    { id: '9.2', title: { th: 'การบริหารงานและการใช้จ่ายงบประมาณ', en: 'Administration and budget' } },
    { id: '9.3', title: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' } },
    { id: '9.4', title: { th: 'การบริหารและพัฒนาทรัพยากรบุคคล', en: 'Human resources' } },
    { id: '9.5', title: { th: 'การส่งเสริมความโปร่งใส', en: 'Transparency' } },
    { id: '10.1', title: { th: 'การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน', en: 'Preventing bribery' } },
    { id: '10.2', title: { th: 'การส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity and transparency' } },
  ],
  items: [
    {
      code: 'O1', concept: 'structure', section: '9.1', title: { th: 'โครงสร้างและอำนาจหน้าที่', en: 'Structure and powers and duties' }, period: 'none',
      components: [
        { id: 'chart', detector: 'org-chart' },
        { id: 'both-sides', detector: 'both-sides', localGovOnly: true },
        { id: 'authority', detector: 'companion', params: { concept: 'authority', label: { th: 'ข้อมูลอำนาจหน้าที่ (สรุป ไม่ใช่กฎหมายทั้งฉบับ)', en: 'a summary of the powers and duties' } } },
      ],
      source: `${S} O1 (Ev: S [N1][C1][C15][P1][N2])`, confidence: 'S',
    },
    { code: 'O2', concept: 'executives', section: '9.1', title: { th: 'ข้อมูลผู้บริหาร', en: 'Executives' }, period: 'none', source: `${S} O2 (Ev: S title and อปท. note [N1]; fields I [P5][P13])`, confidence: 'S' },
    {
      code: 'O3', concept: 'contact', section: '9.1', title: { th: 'ข้อมูลการติดต่อ', en: 'Contact information' }, period: 'none',
      components: [
        { id: 'details', detector: 'contact-details' },
        { id: 'qa', detector: 'companion', params: { concept: 'qa', label: { th: 'ช่องทางการสอบถามที่สื่อสารได้สองทาง (Q&A)', en: 'a two-way Q&A channel' } } },
      ],
      source: `${S} O3 (Ev: S [N1][C1]; address/phone/e-mail/map M)`, confidence: 'S',
    },
    { code: 'O4', concept: 'news', section: '9.1', title: { th: 'ข่าวประชาสัมพันธ์', en: 'News' }, period: 'current', source: `${S} O4 (Ev: S title and group [N1][C1]; period M)`, confidence: 'S' },
    { code: 'O5', concept: 'strategic-plan', section: '9.2', title: { th: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', en: 'Strategic or development plan' }, period: 'current', source: `${S} O5 (Ev: I [C1][C2][C5])`, confidence: 'I' },
    {
      code: 'O6', concept: 'annual-plan', section: '9.2', title: { th: 'แผนปฏิบัติและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', en: 'Annual action plan and progress in operations and budget' }, period: 'current',
      components: [
        { id: 'document', detector: 'document' },
        { id: 'progress', detector: 'companion', params: { concept: 'plan-progress', period: 'h1', label: { th: 'ความก้าวหน้าในการดำเนินงานและการใช้งบประมาณ (6 เดือนแรก)', en: 'the progress report (first six months)' } } },
      ],
      source: `${S} O6 (Ev: I, title [C5][C6][C3], number inferred; progress period M)`, confidence: 'I',
    },
    { code: 'O7', concept: 'annual-report', section: '9.2', title: { th: 'รายงานผลการดำเนินงานประจำปี', en: 'Annual performance report' }, period: 'previous', source: `${S} O7 (Ev: I/M, number inferred from the gap)`, confidence: 'M' },
    { code: 'O8', concept: 'staff-manual', section: '9.2', title: { th: 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', en: 'Staff work manual or guidelines' }, period: 'none', source: `${S} O8 (Ev: S [C1][C5])`, confidence: 'S' },
    { code: 'O9', concept: 'service-manual', section: '9.2', title: { th: 'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ', en: 'Service manual or guidelines for the public' }, period: 'none', source: `${S} O9 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O10', concept: 'e-service', section: '9.2', title: { th: 'E–Service', en: 'Online services' }, period: 'none', source: `${S} O10 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O11', concept: 'service-statistics', section: '9.2', title: { th: 'ข้อมูลสถิติการให้บริการ', en: 'Service statistics' }, period: 'current', source: `${S} O11 (Ev: S [C1]; period M)`, confidence: 'S' },
    { code: 'O12', concept: 'procurement-progress', section: '9.3', title: { th: 'รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', en: 'Procurement list and progress' }, period: 'current', source: `${S} O12 (Ev: S [C1][C5])`, confidence: 'S' },
    { code: 'O13', concept: 'procurement-report', section: '9.3', title: { th: 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', en: 'Annual procurement report' }, period: 'previous', source: `${S} O13 (Ev: S [C1][C5])`, confidence: 'S' },
    { code: 'O14', concept: 'hr-policy', section: '9.4', title: { th: 'แผนการบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR management and development plan' }, period: 'current', source: `${S} O14 (Ev: S [C1][C5])`, confidence: 'S' },
    { code: 'O15', concept: 'hr-report', section: '9.4', title: { th: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', en: 'Annual HR report' }, period: 'previous', source: `${S} O15 (Ev: S [C1])`, confidence: 'S' },
    {
      code: 'O16', concept: 'ethics-code', section: '9.4', title: { th: 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', en: 'Code of ethics and ethics promotion' }, period: 'none',
      components: [
        { id: 'document', detector: 'document' },
        { id: 'promotion', detector: 'companion', params: { concept: 'ethics-promotion', period: 'current', label: { th: 'การขับเคลื่อนจริยธรรม', en: 'ethics promotion' } } },
      ],
      source: `${S} O16 (Ev: S [C1][C5][C7]; promotion parts M)`, confidence: 'S',
    },
    { code: 'O17', concept: 'complaint-guide', section: '9.5', title: { th: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint handling guide' }, period: 'none', source: `${S} O17 (Ev: S [C1][C5])`, confidence: 'S' },
    { code: 'O18', concept: 'complaint-channel', section: '9.5', title: { th: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint channel' }, period: 'none', source: `${S} O18 (Ev: S [C1][C5])`, confidence: 'S' },
    { code: 'O19', concept: 'complaint-statistics', section: '9.5', title: { th: 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint statistics' }, period: 'previous', source: `${S} O19 (Ev: S title [C1]; period I)`, confidence: 'S' },
    { code: 'O20', concept: 'participation', section: '9.5', title: { th: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', en: 'Public participation' }, period: 'current', source: `${S} O20 (Ev: S [C1]; period M)`, confidence: 'S' },
    {
      code: 'O21', concept: 'no-gift-declaration', section: '10.1', title: { th: 'ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่', en: 'No Gift Policy declaration and culture' }, period: 'current',
      components: [
        { id: 'document', detector: 'document' },
        { id: 'culture', detector: 'companion', params: { concept: 'no-gift-culture', period: 'current', label: { th: 'การสร้างวัฒนธรรม No Gift Policy (กิจกรรม)', en: 'a No Gift culture activity' } } },
      ],
      source: `${S} O21 (Ev: S [C1][C5]; period M)`, confidence: 'S',
    },
    { code: 'O22', concept: 'gift-report', section: '10.1', title: { th: 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', en: 'Report on gifts received by custom' }, period: 'previous', source: `${S} O22 (Ev: S title [C1]; period M: previous or first half)`, confidence: 'S' },
    { code: 'O23', concept: 'bribery-risk', section: '10.1', title: { th: 'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน', en: 'Bribery-risk assessment' }, period: 'current', source: `${S} O23 (Ev: S [C1][C5])`, confidence: 'S' },
    { code: 'O24', concept: 'risk-actions', section: '10.1', title: { th: 'รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ', en: 'Corruption-risk management results' }, period: 'previous', source: `${S} O24 (Ev: S title [C1]; period C1 pattern)`, confidence: 'S' },
    { code: 'O25', concept: 'anti-corruption-plan', section: '10.2', title: { th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'Anti-corruption action plan' }, period: 'current', source: `${S} O25 (Ev: I, generic title [C1][C5])`, confidence: 'I' },
    { code: 'O26', concept: 'anti-corruption-report', section: '10.2', title: { th: 'รายงานผลการดำเนินการป้องกันการทุจริต', en: 'Anti-corruption report' }, period: 'previous', source: `${S} O26 (Ev: I, conflict: C5 lists the internal integrity measures here)`, confidence: 'I' },
  ],
});
