// News (ข่าวประชาสัมพันธ์): shared/oit/criteria.md §4.1 O7 (news about the agency's work, items dated
// in the current year), update-2568-2570.md §2 O4 [N1], §6 "News". Procurement notices are O20.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'news',
  names: {
    th: ['ข่าวประชาสัมพันธ์', 'ข่าวสารประชาสัมพันธ์', 'ประชาสัมพันธ์', 'ข่าวกิจกรรม', 'ข่าวสาร', 'ข่าวสารกิจกรรม', 'จดหมายข่าว', 'ข่าวเด่น', 'ข่าวและกิจกรรม'],
    en: ['news', 'public relations'],
  },
  weakNames: ['ภาพกิจกรรม', 'กิจกรรม'],
  exclude: [
    'จัดซื้อจัดจ้าง', 'ประกวดราคา', 'สอบราคา', 'ราคากลาง', 'ผู้ชนะ', 'egp', 'ประกาศเชิญชวน', 'นักประชาสัมพันธ์', 'งานประชาสัมพันธ์',
    'ประชาสัมพันธ์ช่องทาง', 'eit', 'iit', 'แบบวัด', 'ร้องเรียน', 'ผลการประเมิน', 'ศูนย์ข้อมูลข่าวสาร', 'ข้อมูลข่าวสารของราชการ',
  ],
  urls: ['Pages/news', 'Pages/activity', '/news(\\.php)?(\\b|/|$)'],
  form: 'page',
  components: [
    { id: 'dated', detector: 'dated-entries', params: { noun: { th: 'ข่าว', en: 'news' } } },
    // Dated entries count for the year as well as "ปีงบประมาณ" words.
    { id: 'period', detector: 'period', params: { acceptDates: true } },
  ],
  source: 'shared/oit/criteria.md §4.1 O7, §6; update-2568-2570.md §2 O4',
});
