// Gift report (รายงานผลตามนโยบาย No Gift Policy; 2568 รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดย
// ธรรมจรรยา): shared/oit/criteria.md §4.1 O33 [P6] (report or gift register under the policy;
// period PREV/CUR, M), §4.3 O22 [C1] (PREV or H1, M), §5 (O33 → 2568 O22), §6 "Gift report".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'gift-report',
  names: {
    th: [
      'รายงานผลตามนโยบาย no gift policy', 'รายงานผลการดำเนินการตามนโยบาย no gift policy', 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
      'รายงานการรับของขวัญ', 'รายงานผลการรับของขวัญ', 'รายงานผล no gift policy', 'รายงาน no gift policy', 'บัญชีการรับของขวัญ', 'ทะเบียนรับของขวัญ',
      'รายงานการรับทรัพย์สิน', 'รายงานผลการดำเนินงานตามนโยบาย no gift policy', 'รายงานผลการขับเคลื่อนนโยบาย no gift',
    ],
    en: ['gift report', 'no gift policy report'],
  },
  exclude: ['หลักเกณฑ์'],
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    // M in criteria.md: the report of the previous or of the current year.
    { id: 'period', detector: 'period', params: { anyOf: ['previous', 'current'] } },
  ],
  source: 'shared/oit/criteria.md §4.1 O33, §4.3 O22, §5, §6',
});
