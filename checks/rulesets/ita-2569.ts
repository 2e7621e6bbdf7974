/**
 * ITA 2569 (fiscal year 2569 = 1 Oct 2568 – 30 Sep 2569 BE): shared/oit/criteria.md §4.4 and
 * shared/oit/update-2568-2570.md §3 (the final table for อปท.), 26 items O1–O26, restructured again.
 * Merged items carry their second part as a `companion` (O1 + powers/duties, O3 + Q&A, O10 + service
 * statistics, O13 + HR rules, O15 + ethics promotion, O20 + gift rules and last year's No Gift
 * report). O6 and O7 titles were not found anywhere (update §3): they are placeholders (M).
 * O18's period is unresolved (update §3): the previous year or the first six months both count, and
 * the note says which was found. Section numbers are inferred (I), in the 2566 layout.
 */
import { defineRuleSet } from '../rules';

const S = 'shared/oit/update-2568-2570.md §3';
const C = 'shared/oit/criteria.md §4.4';

export default defineRuleSet({
  id: 'ita-2569',
  fiscalYear: 2569,
  title: { th: 'ITA ปีงบประมาณ พ.ศ. 2569', en: 'ITA fiscal year 2569 (2026)' },
  source: `${S}; ${C}`,
  passMark: 85,
  sections: [
    { id: '9.1', title: { th: 'ข้อมูลพื้นฐาน', en: 'Basic information' } },
    { id: '9.2', title: { th: 'การบริหารงาน', en: 'Administration' } },
    { id: '9.3', title: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' } },
    { id: '9.4', title: { th: 'การบริหารและพัฒนาทรัพยากรบุคคล', en: 'Human resources' } },
    { id: '9.5', title: { th: 'การส่งเสริมความโปร่งใส', en: 'Transparency' } },
    { id: '10.1', title: { th: 'การป้องกันการทุจริต', en: 'Corruption prevention' } },
    { id: '10.2', title: { th: 'การส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity and transparency' } },
  ],
  items: [
    {
      code: 'O1', concept: 'structure', section: '9.1', title: { th: 'โครงสร้าง หน้าที่และอำนาจ', en: 'Structure, duties and powers' }, period: 'none',
      components: [
        { id: 'chart', detector: 'org-chart' },
        { id: 'both-sides', detector: 'both-sides', localGovOnly: true },
        { id: 'authority', detector: 'companion', params: { concept: 'authority', label: { th: 'ข้อมูลหน้าที่และอำนาจ (สรุป ไม่ใช่กฎหมายทั้งฉบับ)', en: 'a summary of the duties and powers' } } },
      ],
      source: `${S} O1 (Ev: S [C1][C9][N2])`, confidence: 'S',
    },
    { code: 'O2', concept: 'executives', section: '9.1', title: { th: 'ข้อมูลผู้บริหาร', en: 'Executives' }, period: 'none', source: `${S} O2 (Ev: S-partial [C9][C1])`, confidence: 'S-partial' },
    {
      code: 'O3', concept: 'contact', section: '9.1', title: { th: 'ข้อมูลการติดต่อและช่องทางการสอบถาม', en: 'Contact information and enquiry channel' }, period: 'none',
      components: [
        { id: 'details', detector: 'contact-details' },
        { id: 'qa', detector: 'companion', params: { concept: 'qa', label: { th: 'ช่องทางการสอบถามที่สื่อสารได้สองทาง (Q&A)', en: 'a two-way Q&A channel' } } },
      ],
      source: `${S} O3 (Ev: S [C1] older version)`, confidence: 'S',
    },
    { code: 'O4', concept: 'news', section: '9.1', title: { th: 'ข่าวประชาสัมพันธ์', en: 'News' }, period: 'current', source: `${S} O4 (Ev: S [C1]; period M)`, confidence: 'S' },
    { code: 'O5', concept: 'strategic-plan', section: '9.2', title: { th: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', en: 'Strategic or development plan' }, period: 'current', source: `${S} O5 (Ev: S [C2])`, confidence: 'S' },
    { code: 'O6', concept: 'annual-plan', section: '9.2', title: { th: 'แผนปฏิบัติการและการใช้จ่ายงบประมาณประจำปี', en: 'Annual action plan and budget (title not confirmed)' }, period: 'current', source: `${S} O6 (Ev: I concept [C8]; title unknown)`, confidence: 'M' },
    { code: 'O7', concept: 'annual-report', section: '9.2', title: { th: 'รายงานผลการดำเนินงานประจำปี', en: 'Annual performance report (title not confirmed)' }, period: 'previous', source: `${S} O7 (Ev: I concept [C8]; title unknown)`, confidence: 'M' },
    { code: 'O8', concept: 'staff-manual', section: '9.2', title: { th: 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', en: 'Staff work manual or guidelines' }, period: 'none', source: `${S} O8 (Ev: S [C1][C2])`, confidence: 'S' },
    { code: 'O9', concept: 'service-manual', section: '9.2', title: { th: 'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ', en: 'Service manual or guidelines for the public' }, period: 'none', source: `${S} O9 (Ev: S [C1][C2])`, confidence: 'S' },
    {
      code: 'O10', concept: 'e-service', section: '9.2', title: { th: 'ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)', en: 'Online service system (E-Service)' }, period: 'none',
      components: [
        { id: 'channel', detector: 'channel', params: { kind: 'eservice' } },
        { id: 'statistics', detector: 'companion', params: { concept: 'service-statistics', period: 'current', label: { th: 'สถิติการให้บริการ (ผ่านช่องทางออนไลน์)', en: 'service statistics (online requests)' } } },
      ],
      source: `${S} O10 (Ev: S [C1]: E-Service page + statistics + manual)`, confidence: 'S',
    },
    { code: 'O11', concept: 'procurement-monthly', section: '9.3', title: { th: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569', en: 'Monthly procurement summary, fiscal year 2569' }, period: 'monthly', source: `${S} O11 (Ev: S [C1], quarters 1–2)`, confidence: 'S' },
    {
      code: 'O12', concept: 'procurement-report', section: '9.3', title: { th: 'รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568', en: 'Annual procurement summary, fiscal year 2568' }, period: 'previous',
      components: [
        { id: 'document', detector: 'document' },
        { id: 'months', detector: 'month-coverage', params: { year: 'previous', span: 'full', ranges: false, alsoConcepts: ['procurement-monthly'] } },
      ],
      source: `${S} O12 (Ev: S [C1]: yearly summary + the 12 monthly files Oct–Sep)`, confidence: 'S',
    },
    {
      code: 'O13', concept: 'hr-policy', section: '9.4', title: { th: 'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569', en: 'HR rules and plan, fiscal year 2569' }, period: 'current',
      components: [
        { id: 'document', detector: 'document' },
        // The item's plan is its development part (criteria.md §4.4 O13 "หลักเกณฑ์และแผน…"): the rules need not repeat it.
        { id: 'rules', detector: 'companion', params: { concept: 'hr-rules', coveredTopics: ['develop'], label: { th: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', en: 'the HR rules' } } },
      ],
      source: `${S} O13 (Ev: S [C1][C2])`, confidence: 'S',
    },
    { code: 'O14', concept: 'hr-report', section: '9.4', title: { th: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568', en: 'HR report, fiscal year 2568' }, period: 'previous', source: `${S} O14 (Ev: S [C1][C2])`, confidence: 'S' },
    {
      code: 'O15', concept: 'ethics-code', section: '9.4', title: { th: 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', en: 'Code of ethics and ethics promotion' }, period: 'none',
      components: [
        { id: 'document', detector: 'document' },
        { id: 'promotion', detector: 'companion', params: { concept: 'ethics-promotion', period: 'current', label: { th: 'การขับเคลื่อนจริยธรรม', en: 'ethics promotion' } } },
      ],
      source: `${S} O15 (Ev: S [C1])`, confidence: 'S',
    },
    { code: 'O16', concept: 'complaint-guide', section: '9.5', title: { th: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint handling guide' }, period: 'none', source: `${S} O16 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O17', concept: 'complaint-channel', section: '9.5', title: { th: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint channel' }, period: 'none', source: `${S} O17 (Ev: S [C1])`, confidence: 'S' },
    {
      code: 'O18', concept: 'complaint-statistics', section: '9.5', title: { th: 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption-complaint statistics' }, period: 'previous',
      components: [
        { id: 'document', detector: 'document' },
        { id: 'period', detector: 'period', params: { anyOf: ['previous', 'h1'] } },
      ],
      source: `${S} O18 (Ev: S title [C1]; period unresolved [C1] vs [C8])`, confidence: 'S-partial',
    },
    { code: 'O19', concept: 'participation', section: '9.5', title: { th: 'ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน', en: 'Results of public participation' }, period: 'current', source: `${S} O19 (Ev: S [C1])`, confidence: 'S' },
    {
      code: 'O20', concept: 'no-gift-declaration', section: '10.1',
      title: { th: 'การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ', en: 'Driving the No Gift Policy and knowledge of the gift-acceptance rules' },
      period: 'current',
      components: [
        { id: 'document', detector: 'document' },
        { id: 'rules', detector: 'companion', params: { concept: 'gift-rules', label: { th: 'ความรู้เรื่องหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', en: 'the gift-acceptance rules' } } },
        { id: 'report', detector: 'companion', params: { concept: 'gift-report', period: 'previous', label: { th: 'รายงานผลตามนโยบาย No Gift Policy ของปีที่ผ่านมา', en: "last year's No Gift Policy report" } } },
      ],
      source: `${S} O20 (Ev: S [C1][C2]: declaration CUR + report PREV + the NACC rule)`, confidence: 'S',
    },
    { code: 'O21', concept: 'risk-assessment', section: '10.1', title: { th: 'การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ', en: 'Corruption-risk assessment' }, period: 'current', source: `${S} O21 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O22', concept: 'risk-actions', section: '10.1', title: { th: 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน', en: 'Results of the corruption-risk plan' }, period: 'previous', source: `${S} O22 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O23', concept: 'anti-corruption-plan', section: '10.1', title: { th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'Anti-corruption action plan' }, period: 'current', source: `${S} O23 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O24', concept: 'anti-corruption-report', section: '10.1', title: { th: 'รายงานผลการดำเนินการป้องกันการทุจริต', en: 'Anti-corruption report' }, period: 'previous', source: `${S} O24 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O25', concept: 'ita-improvement', section: '10.2', title: { th: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', en: 'Using ITA results to improve the organisation' }, period: 'current', source: `${S} O25 (Ev: S [C1])`, confidence: 'S' },
    { code: 'O26', concept: 'integrity-actions', section: '10.2', title: { th: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', en: 'Integrity-promotion results' }, period: 'previous', source: `${S} O26 (Ev: S [C1])`, confidence: 'S' },
  ],
});
