// Anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต): shared/oit/criteria.md §4.1 O36 (projects,
// budget, period; current year), §4.3 O25, §4.4 O23, §6. อปท. often publish a multi-year plan
// ("แผนปฏิบัติการป้องกันการทุจริต 4 ปี พ.ศ. 2565–2568"): it counts when its span covers the year.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'anti-corruption-plan',
  names: {
    th: [
      'แผนปฏิบัติการป้องกันการทุจริต', 'แผนป้องกันการทุจริต', 'แผนปฏิบัติการป้องกันและปราบปรามการทุจริต', 'แผนการป้องกันการทุจริต',
      'แผนปฏิบัติการด้านการป้องกันการทุจริต', 'แผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบ', 'แผนปฏิบัติการเพื่อป้องกันการทุจริต',
    ],
    en: ['anti-corruption action plan'],
  },
  exclude: ['รายงาน', 'ผลการดำเนินการ', 'กำกับติดตาม', 'รอบ 6 เดือน', 'ความเสี่ยง'],
  urls: ['plan_paca'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O36, §4.3 O25, §4.4 O23, §6',
});
