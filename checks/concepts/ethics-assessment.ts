// Ethics assessment of officials (การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ): shared/oit/criteria.md §4.1 O41
// [P6] (a report of the assessment; text truncated in the source; period PREV/CUR, M), §6 "Ethics".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'ethics-assessment',
  names: {
    th: [
      'การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ', 'การประเมินจริยธรรม', 'รายงานผลการประเมินจริยธรรม', 'ผลการประเมินจริยธรรม', 'ประเมินการรักษาจริยธรรม',
      'รายงานผลการบังคับใช้ประมวลจริยธรรม', 'การประเมินผลการปฏิบัติตามประมวลจริยธรรม',
    ],
    en: ['ethics assessment'],
  },
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    { id: 'period', detector: 'period', params: { anyOf: ['previous', 'current'] } },
  ],
  source: 'shared/oit/criteria.md §4.1 O41, §6',
});
