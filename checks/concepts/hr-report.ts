// Annual HR report (รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี): shared/oit/criteria.md §4.1 O26
// (previous year, M), §4.3 O15, §4.4 O14 [C1] (HR management + development reports), §6.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'hr-report',
  names: {
    th: [
      'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', 'รายงานผลการบริหารทรัพยากรบุคคล', 'รายงานผลการพัฒนาบุคลากร',
      'รายงานผลการดำเนินการตามแผนพัฒนาบุคลากร', 'รายงานผลการดำเนินงานตามนโยบายการบริหารทรัพยากรบุคคล', 'รายงานผลการพัฒนาทรัพยากรบุคคล',
      'รายงานผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', 'รายงานผลการดำเนินการตามแผนการบริหารและพัฒนาทรัพยากรบุคคล',
    ],
    en: ['annual hr report'],
  },
  exclude: ['6 เดือน', 'หกเดือน', 'รอบ 6', 'ไตรมาส'],
  urls: ['operation_rdam_hr'],
  halfYear: 'hr-progress',
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O26, §4.3 O15, §4.4 O14, §6',
});
