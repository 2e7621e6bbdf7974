// Procurement notices (ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ): shared/oit/criteria.md
// §4.1 O20 [P8][P11] (invitations, winners … of the current year; pages, PDFs or e-GP), §6.
// e-GP feeds link out to gprocurement.go.th (thai-sites.md §1.1): a person checks those.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'procurement-notices',
  names: {
    th: [
      'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้าง', 'ประกาศจัดซื้อจัดจ้าง', 'ประกาศการจัดซื้อจัดจ้าง',
      'ข่าวจัดซื้อจัดจ้าง', 'ข่าวการจัดซื้อจัดจ้าง', 'ประกาศราคากลาง', 'ประกาศผู้ชนะการเสนอราคา', 'ประกาศผู้ชนะ', 'ประกาศประกวดราคา', 'ประกวดราคา',
      'ประกาศเชิญชวน', 'ประกาศผลการจัดซื้อจัดจ้าง', 'ประกาศสอบราคา', 'จัดซื้อจัดจ้าง egp', 'ประกาศ egp',
    ],
    en: ['procurement notices', 'procurement announcements'],
  },
  exclude: ['แผนการจัดซื้อ', 'แผนจัดซื้อ', 'แผนการจัดหา', 'แผนปฏิบัติการจัดซื้อ', 'สรุปผล', 'รายงาน', 'สขร', 'ความก้าวหน้า'],
  urls: ['Pages/procurement', 'Pages/egp', 'announce_oap', 'announce_win', 'listegp', 'gprocurement\\.go\\.th'],
  form: 'page',
  components: [
    { id: 'dated', detector: 'dated-entries', params: { noun: { th: 'ประกาศ', en: 'notices' } } },
    // Dated entries count for the year as well as "ปีงบประมาณ" words.
    { id: 'period', detector: 'period', params: { acceptDates: true } },
  ],
  source: 'shared/oit/criteria.md §4.1 O20, §6',
});
