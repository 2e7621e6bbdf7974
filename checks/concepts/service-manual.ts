// Service manual for the public (คู่มือหรือมาตรฐานการให้บริการ; from 2568 คู่มือหรือแนวทางการขอรับ
// บริการสำหรับผู้รับบริการหรือผู้มาติดต่อ): shared/oit/criteria.md §4.1 O15 [P12][P18] (which service,
// steps, how to contact), §4.3 O9, §6 "Service manual".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'service-manual',
  names: {
    th: [
      'คู่มือหรือมาตรฐานการให้บริการ', 'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ', 'คู่มือหรือแนวทางการขอรับบริการ',
      'คู่มือสำหรับประชาชน', 'คู่มือประชาชน', 'คู่มือและมาตรฐานการให้บริการ', 'คู่มือการให้บริการ', 'มาตรฐานการให้บริการ', 'คู่มือการขอรับบริการ',
      'คู่มือการให้บริการประชาชน', 'คู่มือบริการประชาชน', 'คู่มือการติดต่อราชการ',
    ],
    en: ['service manual', 'citizen manual'],
  },
  weakNames: ['ขั้นตอนการให้บริการ', 'ขั้นตอนและระยะเวลาการให้บริการ'],
  exclude: ['สถิติ', 'ความพึงพอใจ', 'ร้องเรียน', 'คู่มือการปฏิบัติงาน', 'เจ้าหน้าที่'],
  urls: ['pbsv_gup', 'pbsv_sags'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O15, §4.3 O9, §6',
});
