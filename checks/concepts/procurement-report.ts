// Annual procurement report (รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี; 2569: รายงานสรุปผล
// การจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ): shared/oit/criteria.md §4.1 O22
// (previous year, M), §4.3 O13, §4.4 O12 [C1] (with the 12 monthly files Oct–Sep), §6.
import { defineConcept, Component } from '../rules';
import type { z } from 'zod';

/**
 * ITA 2566/2567 O22 asks for more than the year's totals: "Summary of the year's procurement,
 * problems, improvements" (criteria.md §4.1 O22). Checked in reports read in full; one not read, or
 * read only to page 3, is taken on its title. The 2568/2569 items name no such parts.
 */
export const WITH_PROBLEMS: z.input<typeof Component>[] = [
  { id: 'document', detector: 'document' },
  {
    id: 'topics',
    detector: 'topics',
    params: {
      ifUnread: 'pass',
      readInFull: true,
      topics: [
        { id: 'problems', th: 'ปัญหาและอุปสรรค', en: 'the problems and obstacles', terms: ['ปัญหา', 'อุปสรรค', 'ข้อจำกัด'] },
        { id: 'improvements', th: 'ข้อเสนอแนะหรือแนวทางปรับปรุง', en: 'suggestions or improvements', terms: ['ข้อเสนอแนะ', 'แนวทางแก้ไข', 'แนวทางการแก้ไข', 'แนวทางปรับปรุง', 'แนวทางการปรับปรุง', 'การปรับปรุง', 'แนวทางการพัฒนา', 'ข้อเสนอ'] },
      ],
    },
  },
];

export default defineConcept({
  id: 'procurement-report',
  names: {
    th: [
      'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 'รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน', 'รายงานผลการจัดซื้อจัดจ้างประจำปี',
      'รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี', 'สรุปผลการจัดซื้อจัดจ้างประจำปี', 'รายงานผลการดำเนินงานจัดซื้อจัดจ้าง', 'รายงานใช้จ่ายงบประมาณจัดซื้อจัดจ้าง',
      'การวิเคราะห์ผลการจัดซื้อจัดจ้าง', 'ผลการวิเคราะห์การจัดซื้อจัดจ้าง', 'การวิเคราะห์การจัดซื้อจัดจ้าง', 'รายงานผลการจัดซื้อจัดจ้าง', 'รายงานการจัดซื้อจัดจ้างประจำปี', 'ผลการจัดซื้อจัดจ้างประจำปี', 'รายงานสรุปผลการจัดซื้อจัดจ้าง',
    ],
    en: ['annual procurement report'],
  },
  requireAny: ['ประจำปี', 'ปีงบประมาณ', 'รายปี', 'การวิเคราะห์'],
  exclude: ['รายเดือน', 'ประจำเดือน', 'ไตรมาส', 'แผนการจัดซื้อ', 'แผนจัดซื้อ', 'ความก้าวหน้า', 'รอบ 6 เดือน'],
  // Anchored: Pages/p_rpobuy is the monthly summary.
  urls: ['p_sopopaortsr', 'Pages/p_rpo([/?#]|$)', 'Pages/p_reb([/?#]|$)'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O22, §4.3 O13, §4.4 O12, §6',
});
