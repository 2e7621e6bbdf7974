// Staff work manual (คู่มือหรือมาตรฐานการปฏิบัติงาน; from 2568 คู่มือหรือแนวทางการปฏิบัติงานของ
// เจ้าหน้าที่): shared/oit/criteria.md §4.1 O14, §4.3 O8, §4.4 O8 [C1][C2] (several manuals, e.g.
// complaint handling), §6 "Staff manual". Manuals for the public are O15.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'staff-manual',
  names: {
    th: [
      'คู่มือหรือมาตรฐานการปฏิบัติงาน', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', 'คู่มือการปฏิบัติงาน', 'คู่มือมาตรฐานการปฏิบัติงาน',
      'มาตรฐานการปฏิบัติงาน', 'คู่มือการทำงาน', 'แนวทางการปฏิบัติงาน', 'คู่มือปฏิบัติงาน', 'คู่มือการปฏิบัติงานของเจ้าหน้าที่', 'คู่มือการดำเนินงาน',
    ],
    en: ['work manual', 'standard operating procedure'],
  },
  exclude: [
    'ประชาชน', 'การให้บริการ', 'ผู้รับบริการ', 'ขอรับบริการ', 'ผู้มาติดต่อ', 'จริยธรรม', 'การใช้งาน', 'eservice', 'ประเมินผลการปฏิบัติงาน',
    'สถิติ', 'รายงานผล',
  ],
  urls: ['guide_work'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O14, §4.3 O8, §4.4 O8, §6',
});
