// Monthly procurement summary (สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน, แบบ สขร.1):
// shared/oit/criteria.md §4.1 O21 [P6] (per month; covering the months so far, M: the first six),
// §4.4 O11 (2569: current year, first six months), §6 "Monthly summary". A yearly summary is O22.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'procurement-monthly',
  names: {
    th: [
      'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'สรุปผลการจัดซื้อจัดจ้างประจำเดือน', 'สรุปผลการจัดซื้อจัดจ้างในรอบเดือน',
      'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน', 'สรุปผลการจัดซื้อจัดจ้าง', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'แบบ สขร.1', 'สขร.1', 'สขร',
      'สรุปผลการจัดซื้อจัดจ้างเดือน',
    ],
    en: ['monthly procurement summary'],
  },
  // A summary without a month or quarter may be the yearly one: partial at best.
  requireAny: ['เดือน', 'สขร', 'ไตรมาส', 'ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'],
  exclude: ['แผนการจัดซื้อ', 'แผนจัดซื้อ', 'แผนการจัดหา', 'ราคากลาง', 'ผู้ชนะ', 'ประกาศเชิญชวน', 'รายงานผลการจัดซื้อจัดจ้างประจำปี', 'รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี', 'ความก้าวหน้า'],
  urls: ['p_rpobuy'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O21, §4.4 O11, §6',
});
