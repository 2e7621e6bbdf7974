// Using last year's ITA results to improve (การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร):
// shared/oit/criteria.md §4.4 O25 [C1] (2569: the analysis of the last ITA results and the actions
// taken), §6 "ITA results → improvement". A bare score announcement is not an analysis.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'ita-improvement',
  names: {
    th: [
      'การนำผลการประเมิน ita ไปสู่การพัฒนาองค์กร', 'การนำผลการประเมินไปสู่การพัฒนา', 'ผลการวิเคราะห์การประเมิน ita', 'รายงานผลการวิเคราะห์การประเมิน ita',
      'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส', 'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส', 'การวิเคราะห์ผลการประเมิน ita',
      'รายงานการวิเคราะห์ผลการประเมิน ita',
    ],
    en: ['using ita results'],
  },
  weakNames: ['ผลการประเมิน ita', 'ผลคะแนน ita'],
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    // The analysis is made in the current year of the previous year's results: either year names it.
    { id: 'period', detector: 'period', params: { anyOf: ['current', 'previous'] } },
  ],
  source: 'shared/oit/criteria.md §4.4 O25, §6',
});
