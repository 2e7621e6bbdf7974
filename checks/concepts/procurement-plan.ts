// Procurement plan (แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ): shared/oit/criteria.md §4.1 O19
// [P6][P8][P11] (the plan the Procurement Act 2560 requires, for the current year; when nothing needs
// a plan, a published statement says so), §6 "Procurement plan".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'procurement-plan',
  names: {
    th: [
      'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', 'แผนการจัดซื้อจัดจ้าง', 'แผนการจัดหาพัสดุ', 'แผนปฏิบัติการจัดซื้อจัดจ้าง', 'แผนจัดซื้อจัดจ้าง',
      'แผนการจัดหาพัสดุและแผนปฏิบัติการจัดซื้อจัดจ้าง', 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง', 'แผนจัดหาพัสดุ', 'แผนการจัดซื้อ',
    ],
    en: ['procurement plan'],
  },
  exclude: ['รายงาน', 'สรุปผล', 'ผู้ชนะ', 'ราคากลาง', 'ความก้าวหน้า', 'ประกาศเชิญชวน'],
  urls: ['plan_pop', 'procurement-plan'],
  form: 'document',
  components: [{ id: 'document', detector: 'document', params: { noneStatements: ['ไม่มีการจัดซื้อจัดจ้างที่ต้องจัดทำแผน', 'ไม่มีการจัดซื้อจัดจ้างในกรณีดังกล่าว', 'ไม่มีโครงการจัดซื้อจัดจ้างที่ต้องจัดทำแผน'] } }],
  source: 'shared/oit/criteria.md §4.1 O19, §6',
});
