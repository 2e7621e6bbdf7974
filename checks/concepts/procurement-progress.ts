// Procurement list and progress (รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อ
// จัดจ้างหรือการจัดหาพัสดุ): shared/oit/criteria.md §4.3 O12 [C1][C5], update-2568-2570.md §2 O12
// (the year's procurements with their status; replaces plan + notices + monthly summary, I).
// A monthly summary (สขร.1) lists what was bought but not the progress: partial at best.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'procurement-progress',
  names: {
    th: [
      'รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'ความก้าวหน้าการจัดซื้อจัดจ้าง',
      'รายงานความก้าวหน้าการจัดซื้อจัดจ้าง', 'ความก้าวหน้าการจัดหาพัสดุ', 'รายการการจัดซื้อจัดจ้างและความก้าวหน้า', 'รายการจัดซื้อจัดจ้างและความก้าวหน้า',
      'ความก้าวหน้าในการจัดซื้อจัดจ้าง',
    ],
    en: ['procurement progress'],
  },
  weakNames: ['รายการการจัดซื้อจัดจ้าง', 'รายการจัดซื้อจัดจ้าง', 'สรุปผลการจัดซื้อจัดจ้าง', 'สขร'],
  exclude: ['แผนการจัดซื้อ', 'แผนจัดซื้อ', 'แผนการจัดหา', 'รายงานผลการจัดซื้อจัดจ้างประจำปี', 'รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี'],
  urls: ['p_sopopip'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.3 O12, §6; update-2568-2570.md §2 O12',
});
