// HR rules (หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล): shared/oit/criteria.md §4.1 O25 [P10] (rules for
// (1) recruitment and selection — seen; (2) development, (3) appraisal, (4) rewards, penalties and
// morale — M), §4.4 O13 (2569 with the plan), §6 "HR rules".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'hr-rules',
  names: {
    th: [
      'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'หลักเกณฑ์การบริหารทรัพยากรบุคคล', 'หลักเกณฑ์การบริหารงานบุคคล', 'หลักเกณฑ์การสรรหา',
      'หลักเกณฑ์การคัดเลือก', 'หลักเกณฑ์การประเมินผลการปฏิบัติงาน', 'หลักเกณฑ์การเลื่อนระดับ', 'หลักเกณฑ์การเลื่อนขั้นเงินเดือน', 'มาตรฐานกำหนดตำแหน่ง',
      'หลักเกณฑ์และเงื่อนไขการบริหารงานบุคคล', 'หลักเกณฑ์การพัฒนาบุคลากร',
    ],
    en: ['hr rules', 'human resource rules'],
  },
  exclude: ['การรับทรัพย์สิน', 'รายงานผล', 'จริยธรรม'],
  urls: ['operation_cdm'],
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    {
      id: 'topics',
      detector: 'topics',
      params: {
        whole: ['หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'หลักเกณฑ์การบริหารทรัพยากรบุคคล', 'หลักเกณฑ์การบริหารงานบุคคล'],
        topics: [
          { id: 'recruit', th: 'หลักเกณฑ์การสรรหาและคัดเลือก', en: 'recruitment and selection rules', terms: ['สรรหา', 'คัดเลือก', 'บรรจุ', 'แต่งตั้ง', 'รับโอน'] },
          { id: 'develop', th: 'หลักเกณฑ์การพัฒนาบุคลากร', en: 'staff development rules', terms: ['การพัฒนา', 'ฝึกอบรม'] },
          { id: 'appraise', th: 'หลักเกณฑ์การประเมินผลการปฏิบัติงาน', en: 'performance appraisal rules', terms: ['ประเมินผลการปฏิบัติงาน', 'ประเมินผล'] },
          { id: 'reward', th: 'หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ', en: 'rewards, penalties and morale rules', terms: ['ให้คุณให้โทษ', 'ขวัญกำลังใจ', 'เลื่อนขั้น', 'เลื่อนระดับ', 'ยกย่อง', 'วินัย', 'รางวัล'] },
        ],
      },
    },
  ],
  source: 'shared/oit/criteria.md §4.1 O25, §4.4 O13, §6',
});
