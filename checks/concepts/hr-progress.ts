// HR plan progress (การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล): shared/oit/criteria.md
// §4.1 O24 [P10][P12] (progress per project + budget spent, covering the first six months), §6.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'hr-progress',
  names: {
    th: [
      'การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', 'การดำเนินการตามแผนการบริหารทรัพยากรบุคคล',
      'การดำเนินการบริหารทรัพยากรบุคคล', 'รายงานความก้าวหน้าการบริหารทรัพยากรบุคคล', 'การดำเนินการตามแผนพัฒนาบุคลากร', 'ผลการดำเนินการตามแผนพัฒนาบุคลากรรอบ 6 เดือน',
      'รายงานผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคลรอบ 6 เดือน', 'รายงานการดำเนินการตามแผนพัฒนาบุคลากร',
    ],
    en: ['hr plan progress'],
  },
  exclude: ['หลักเกณฑ์', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี'],
  urls: ['operation_am_hr'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O24, §6',
});
