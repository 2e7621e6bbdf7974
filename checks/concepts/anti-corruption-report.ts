// Annual anti-corruption report (รายงานผลการดำเนินการป้องกันการทุจริตประจำปี): shared/oit/criteria.md
// §4.1 O38 (results of the plan, problems, suggestions; previous year, M), §4.3 O26, §4.4 O24 [C1], §6.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'anti-corruption-report',
  names: {
    th: [
      'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 'รายงานผลการดำเนินการป้องกันการทุจริต', 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต',
      'รายงานผลการดำเนินการตามแผนป้องกันการทุจริต', 'ผลการดำเนินการป้องกันการทุจริตประจำปี', 'รายงานผลการปฏิบัติตามแผนป้องกันการทุจริต',
      'รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต', 'รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต',
    ],
    en: ['annual anti-corruption report'],
  },
  exclude: ['6 เดือน', 'หกเดือน', 'รอบ 6', 'กำกับติดตาม', 'ไตรมาส', 'ความเสี่ยง'],
  urls: ['operation_aca'],
  kin: ['anti-corruption-progress'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O38, §4.3 O26, §4.4 O24, §6',
});
