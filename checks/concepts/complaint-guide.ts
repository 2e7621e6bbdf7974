// Corruption-complaint handling guide (แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ):
// shared/oit/criteria.md §4.1 O27 [P10] (how outsiders complain, handling steps, responsible unit,
// time frame), §6 "Complaint guide"; thai-sites.md §2 synonyms. A guide for complaints in general
// (ร้องเรียนร้องทุกข์) answers only part of it: criteria.md §6 detector notes.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'complaint-guide',
  names: {
    th: [
      'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต',
      'คู่มือการจัดการเรื่องร้องเรียนการทุจริต',
      'คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต',
      'คู่มือการดำเนินการเรื่องร้องเรียนการทุจริต',
      'การจัดการเรื่องร้องเรียนการทุจริต',
      'แนวทางการจัดการเรื่องร้องเรียนการทุจริต',
      'มาตรการกลไกการวางระบบในการจัดการเรื่องร้องเรียน',
      'มาตรการ กลไก การวางระบบในการจัดการเรื่องร้องเรียน',
      'คู่มือการรับเรื่องร้องเรียนการทุจริต',
      'แนวปฏิบัติการจัดการข้อร้องเรียนการทุจริต',
      'คู่มือปฏิบัติงานการจัดการเรื่องร้องเรียนการทุจริต',
      'คู่มือการปฏิบัติงานเรื่องร้องเรียน', 'คู่มือการจัดการเรื่องร้องเรียน', 'แนวทางการจัดการข้อร้องเรียน', 'คู่มือการดำเนินงานด้านการรับเรื่องร้องเรียน',
      'คู่มือการจัดการข้อร้องเรียน', 'คู่มือการรับเรื่องร้องเรียน', 'แนวปฏิบัติการจัดการเรื่องร้องเรียน', 'คู่มือการปฏิบัติงานรับเรื่องร้องเรียน',
      'แนวทางการจัดการเรื่องร้องเรียน',
    ],
    en: ['corruption complaint handling guide'],
  },
  // The same manuals named for complaints in general answer only part of it: surely this item only
  // when they name corruption or misconduct.
  requireAny: ['ทุจริต', 'มิชอบ'],
  exclude: ['สถิติ', 'แบบฟอร์ม', 'ช่องทาง', 'แจ้งเรื่อง', 'รายงานผล', 'ร้องเรียนร้องทุกข์ออนไลน์', 'ยื่นเรื่อง'],
  urls: ['operation_mcc'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O27, §6',
});
