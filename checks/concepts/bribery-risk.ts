// Bribery-risk assessment (การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจ
// ของหน่วยงาน): shared/oit/criteria.md §4.3 O23 [C1][C5] (2568 only, current year), §5. A general
// corruption-risk assessment is not about bribery: partial at best.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'bribery-risk',
  names: {
    th: [
      'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน', 'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน',
      'ความเสี่ยงที่อาจเกิดการให้หรือรับสินบน', 'ความเสี่ยงการให้หรือรับสินบน', 'ความเสี่ยงด้านสินบน', 'ประเมินความเสี่ยงสินบน', 'ความเสี่ยงการรับสินบน',
      'ความเสี่ยงการทุจริตในประเด็นสินบน',
    ],
    en: ['bribery risk assessment'],
  },
  weakNames: ['การประเมินความเสี่ยงการทุจริต', 'ประเมินความเสี่ยงการทุจริต', 'การประเมินความเสี่ยง'],
  exclude: ['รายงานผล', 'ผลการดำเนินการ', 'การดำเนินการเพื่อจัดการ'],
  kin: ['risk-assessment'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.3 O23, §5',
});
