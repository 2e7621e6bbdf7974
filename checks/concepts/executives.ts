// Executives (ข้อมูลผู้บริหาร): shared/oit/criteria.md §4.1 O2 [P5][P13] (name, position, photo, contact
// for each; อปท.: political and permanent executives), update-2568-2570.md §2 O2 [N1], §6 "Executives".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'executives',
  names: {
    th: [
      'ข้อมูลผู้บริหาร', 'คณะผู้บริหาร', 'ผู้บริหาร', 'ทำเนียบผู้บริหาร', 'ผู้บริหารส่วนราชการ', 'หัวหน้าส่วนราชการ', 'ผู้บริหารท้องถิ่น',
      'คณะผู้บริหารท้องถิ่น', 'ผู้บริหารองค์กร', 'ทำเนียบบุคลากร', 'ทำเนียบผู้บริหารและบุคลากร',
    ],
    en: ['executives', 'management team'],
  },
  weakNames: ['บุคลากร'],
  // Items and pages that mention executives without listing them (old 2563–64 items, messages, policies).
  exclude: [
    'ผู้บริหารสถานศึกษา', 'เจตจำนงสุจริตของผู้บริหาร', 'การมีส่วนร่วมของผู้บริหาร', 'นโยบายผู้บริหาร', 'นโยบายของผู้บริหาร', 'ผู้บริหารพบประชาชน',
    'สารจากผู้บริหาร', 'แผนพัฒนาบุคลากร', 'พัฒนาบุคลากร', 'อัตรากำลัง', 'ทรัพยากรบุคคล', 'ผู้บริหารสูงสุดประกาศ', 'ประกาศเจตนารมณ์',
  ],
  urls: ['/(executive|executives|board|board\\.php)(\\b|/|\\.|$)', 'person/data/chart'],
  form: 'page',
  components: [{ id: 'people', detector: 'people' }],
  source: 'shared/oit/criteria.md §4.1 O2, §6; update-2568-2570.md §2 O2',
});
