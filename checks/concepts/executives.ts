// Executives (ข้อมูลผู้บริหาร): shared/oit/criteria.md §4.1 O2 [P5][P13], §6 "Executives".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'executives',
  names: {
    th: ['ข้อมูลผู้บริหาร', 'คณะผู้บริหาร', 'ผู้บริหาร', 'ทำเนียบผู้บริหาร', 'ผู้บริหารส่วนราชการ', 'หัวหน้าส่วนราชการ', 'ผู้บริหารท้องถิ่น'],
    en: ['executives', 'management team'],
  },
  exclude: ['ผู้บริหารสถานศึกษา', 'เจตจำนงสุจริตของผู้บริหาร', 'การมีส่วนร่วมของผู้บริหาร', 'นโยบายผู้บริหาร', 'นโยบายของผู้บริหาร', 'ผู้บริหารพบประชาชน', 'สารจากผู้บริหาร'],
  form: 'page',
  components: [{ id: 'people', detector: 'people' }],
  source: 'shared/oit/criteria.md §4.1 O2, §6',
});
