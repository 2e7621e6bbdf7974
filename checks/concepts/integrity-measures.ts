// Internal integrity measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน): shared/oit/criteria.md
// §4.1 O42 (measures drawn from last year's ITA analysis, with responsible units and follow-up;
// current year), §6 "Internal measures". Their implementation report is O43.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'integrity-measures',
  names: {
    th: [
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส',
      'มาตรฐานการส่งเสริมคุณธรรมและความโปร่งใส', 'มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริต', 'มาตรการภายในหน่วยงาน',
    ],
    en: ['internal integrity measures'],
  },
  weakNames: ['การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส', 'มาตรการภายใน'],
  exclude: ['การดำเนินการตามมาตรการ', 'รายงานผล', 'รายงานการดำเนินการ', 'ผลการดำเนินการ', 'รอบ 6 เดือน'],
  urls: ['Pages/mui', 'transparency-measures'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O42, §6',
});
