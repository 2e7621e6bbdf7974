// Six-month anti-corruption progress report (รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี
// รอบ 6 เดือน): shared/oit/criteria.md §4.1 O37 (progress + budget of the plan, first six months), §6.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'anti-corruption-progress',
  names: {
    th: [
      'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต',
      'รายงานผลการดำเนินการป้องกันการทุจริตรอบ 6 เดือน', 'รายงานผลการดำเนินการป้องกันการทุจริต รอบ 6 เดือน', 'รายงานการติดตามการดำเนินการป้องกันการทุจริต',
      'ผลการดำเนินการตามแผนป้องกันการทุจริตรอบ 6 เดือน', 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตรอบ 6 เดือน',
      'รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต', 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต', 'รายงานผลการดำเนินการตามแผนป้องกันการทุจริต',
    ],
    en: ['six-month anti-corruption progress report'],
  },
  // Reports named without "6 months", a quarter or "กำกับติดตาม" may be the annual one: partial at
  // best. The annual report's own title (O38) is not a name here: it is another report.
  requireAny: ['6 เดือน', 'หกเดือน', 'กำกับติดตาม', 'การติดตาม', 'ไตรมาส'],
  exclude: ['ความเสี่ยง'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O37, §6',
});
