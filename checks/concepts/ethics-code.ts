// Code of ethics (ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ): shared/oit/criteria.md §4.1 O39 [P6] (the code
// for officials; the agency's own ethics rules if any), §4.3 O16 and §4.4 O15 (with its promotion, a
// `companion`), §6 "Ethics" ("ประมวลผลจริยธรรม…" typo seen in the AS-System CMS).
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'ethics-code',
  names: {
    th: [
      'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ', 'ประมวลจริยธรรม', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', 'ประมวลผลจริยธรรม', 'ข้อกำหนดจริยธรรม',
      'จรรยาบรรณ', 'มาตรฐานทางจริยธรรม', 'ประมวลจริยธรรมพนักงานส่วนท้องถิ่น', 'ประมวลจริยธรรมข้าราชการ',
    ],
    en: ['code of ethics', 'code of conduct'],
  },
  exclude: ['การประเมินจริยธรรม', 'ผลการประเมิน', 'รายงานผลการบังคับใช้'],
  urls: ['ethics_strategy'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O39, §4.3 O16, §4.4 O15, §6',
});
