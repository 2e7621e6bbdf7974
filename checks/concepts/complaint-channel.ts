// Corruption-complaint channel (ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ):
// shared/oit/criteria.md §4.1 O28 [P10] ("online, separate from the general complaint channel"), §2.2,
// §6 (`Corruption/report_form` vs the general `Pages/adding_complain`). The general ร้องเรียนร้องทุกข์
// form is the common false friend: it is not this item at all (issue #3), so it is not a name here,
// and a page that mixes both is caught by the channel detector.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'complaint-channel',
  names: {
    th: [
      'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต',
      'ช่องทางการร้องเรียนการทุจริต',
      'แจ้งเรื่องร้องเรียนการทุจริต',
      'แจ้งเรื่องทุจริต',
      'รับแจ้งเรื่องราวร้องเรียนการทุจริต',
      'ร้องเรียนการทุจริต',
      'ร้องเรียนทุจริต',
      'แจ้งเบาะแสการทุจริต',
      'แจ้งเบาะแสทุจริต',
      'ร้องเรียนเรื่องทุจริต',
      'แจ้งการทุจริต',
    ],
    en: ['report corruption', 'corruption complaint'],
  },
  exclude: ['สถิติ', 'แนวปฏิบัติ', 'คู่มือ', 'รายงานผล', 'มาตรการ', 'แนวทาง', 'ขั้นตอน', 'การจัดการเรื่องร้องเรียน', 'ผลการดำเนินการ'],
  urls: ['corruption/report', 'fraudcomplaint', 'report_corruption'],
  form: 'channel',
  components: [{ id: 'channel', detector: 'channel', params: { kind: 'complaint' } }],
  source: 'shared/oit/criteria.md §4.1 O28, §2.2, §6',
});
