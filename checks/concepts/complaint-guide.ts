// Corruption-complaint handling guide (แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ):
// shared/oit/criteria.md §4.1 O27 [P10], §6 "Complaint guide"; thai-sites.md §2 synonyms.
// Not the general complaint page (ร้องเรียนร้องทุกข์): criteria.md §6 detector notes.
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
    ],
    en: ['corruption complaint handling guide'],
  },
  // A manual for complaints in general is only a partial answer: it must be about corruption and misconduct.
  weakNames: ['คู่มือการปฏิบัติงานเรื่องร้องเรียน', 'คู่มือการจัดการเรื่องร้องเรียน', 'แนวทางการจัดการข้อร้องเรียน', 'คู่มือการดำเนินงานด้านการรับเรื่องร้องเรียน', 'คู่มือการจัดการข้อร้องเรียน'],
  exclude: ['สถิติ', 'แบบฟอร์ม', 'ช่องทาง', 'แจ้งเรื่อง', 'รายงานผล', 'ร้องเรียนร้องทุกข์ออนไลน์'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O27, §6',
});
