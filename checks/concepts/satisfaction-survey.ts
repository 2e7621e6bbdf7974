// Satisfaction-survey report (รายงานผลการสำรวจความพึงพอใจการให้บริการ): shared/oit/criteria.md §4.1
// O17 (the results of a survey of service users; period PREV/CUR, M), §6 "Satisfaction": the
// questionnaire itself ("แบบประเมิน/แบบสอบถามความพึงพอใจ") is not the report, nor part of it.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'satisfaction-survey',
  names: {
    th: [
      'รายงานผลการสำรวจความพึงพอใจการให้บริการ', 'รายงานผลการสำรวจความพึงพอใจ', 'ผลการสำรวจความพึงพอใจ', 'ผลการประเมินความพึงพอใจ',
      'รายงานผลการประเมินความพึงพอใจ', 'ผลสำรวจความพึงพอใจ', 'รายงานความพึงพอใจ', 'รายงานการสำรวจความพึงพอใจ',
    ],
    en: ['satisfaction survey report'],
  },
  weakNames: ['สำรวจความพึงพอใจ', 'ความพึงพอใจ'],
  // The blank questionnaire is another thing than the report of its results: not this item at all.
  exclude: ['ความพึงพอใจของบุคลากร', 'ความพึงพอใจในการทำงาน', 'แบบประเมินความพึงพอใจ', 'แบบสอบถามความพึงพอใจ', 'แบบฟอร์ม', 'ตอบแบบ'],
  urls: ['Assessment'],
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    // M in criteria.md: the survey of the previous or of the current year.
    { id: 'period', detector: 'period', params: { anyOf: ['previous', 'current'] } },
  ],
  source: 'shared/oit/criteria.md §4.1 O17, §6',
});
