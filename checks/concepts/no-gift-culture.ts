// No Gift culture activity (การสร้างวัฒนธรรม No Gift Policy): shared/oit/criteria.md §4.1 O32 [P6]
// (a meeting or seminar of the current year that instils refusing gifts), §4.3 O21 (merged with the
// declaration in 2568), §6 "No Gift" / "Culture (old)".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'no-gift-culture',
  names: {
    th: [
      'การสร้างวัฒนธรรม no gift policy', 'วัฒนธรรม no gift', 'การสร้างวัฒนธรรมตามนโยบาย no gift policy', 'กิจกรรมการสร้างวัฒนธรรม no gift',
      'การเสริมสร้างวัฒนธรรมองค์กร', 'การสร้างวัฒนธรรมองค์กร', 'วัฒนธรรมไม่รับของขวัญ', 'ปลูกฝังวัฒนธรรม', 'กิจกรรม no gift', 'กิจกรรมไม่รับของขวัญ',
      'วัฒนธรรมองค์กร no gift', 'สร้างวัฒนธรรม', 'วัฒนธรรมองค์กร',
    ],
    en: ['no gift culture'],
  },
  // Organisation-culture projects that never name gifts are partial at best.
  requireAny: ['no gift', 'ของขวัญ', 'ของกำนัล', 'สินบน'],
  exclude: ['รายงานผล', 'การรับทรัพย์สิน'],
  urls: ['operation_eco'],
  form: 'any',
  components: [
    { id: 'document', detector: 'document', params: { entries: true } },
    { id: 'period', detector: 'period', params: { acceptDates: true } },
  ],
  source: 'shared/oit/criteria.md §4.1 O32, §4.3 O21, §6',
});
