// Annual HR report (รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี): shared/oit/criteria.md §4.1 O26
// (previous year, M; the plan's results with problems and suggestions), §4.3 O15, §4.4 O14 [C1] (HR
// management + development reports), §6.
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
  kin: ['hr-progress'],
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    {
      id: 'topics',
      detector: 'topics',
      params: {
        // criteria.md §4.1 O26: the results of the HR plan, with its problems and suggestions. Checked
        // in reports read in full; one not read, or read only to page 3, is taken on its title.
        ifUnread: 'pass',
        readInFull: true,
        topics: [
          { id: 'problems', th: 'ปัญหาและอุปสรรค', en: 'the problems and obstacles', terms: ['ปัญหา', 'อุปสรรค', 'ข้อจำกัด'] },
          { id: 'suggestions', th: 'ข้อเสนอแนะหรือแนวทางแก้ไข', en: 'suggestions or remedies', terms: ['ข้อเสนอแนะ', 'แนวทางแก้ไข', 'แนวทางการแก้ไข', 'แนวทางการพัฒนา', 'ข้อเสนอ'] },
        ],
      },
    },
  ],
  source: 'shared/oit/criteria.md §4.1 O26, §4.3 O15, §4.4 O14, §6',
});
