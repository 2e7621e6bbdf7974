// Corruption-risk assessment (การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี; 2569 การประเมิน
// ความเสี่ยงการทุจริตในหน่วยงานภาครัฐ): shared/oit/criteria.md §4.1 O34 (risk events, levels,
// controls; current year), §4.4 O21 [C1], §6 "Risk". Enterprise risk plans that never name
// corruption are partial at best.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'risk-assessment',
  names: {
    th: [
      'การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี', 'การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ', 'การประเมินความเสี่ยงการทุจริต',
      'การประเมินความเสี่ยงเพื่อป้องกันการทุจริต', 'ประเมินความเสี่ยงการทุจริต', 'การประเมินความเสี่ยงด้านการทุจริต', 'แผนบริหารความเสี่ยงการทุจริต',
      'ความเสี่ยงการทุจริต', 'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน', 'แผนบริหารจัดการความเสี่ยงการทุจริต',
    ],
    en: ['corruption risk assessment'],
  },
  requireAny: ['ทุจริต', 'มิชอบ', 'สินบน', 'ผลประโยชน์ทับซ้อน'],
  weakNames: ['ประเมินความเสี่ยง', 'บริหารความเสี่ยง', 'บริหารจัดการความเสี่ยง'],
  exclude: ['รายงานผล', 'การดำเนินการเพื่อจัดการ', 'ผลการดำเนินการ', 'การดำเนินการตามแผนบริหาร'],
  urls: ['operation_mr'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O34, §4.4 O21, §6',
});
