// Corruption-complaint channel (ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ):
// shared/oit/criteria.md §4.1 O28 [P10] ("online, separate from the general complaint channel"), §2.2, §6.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'complaint-channel',
  names: {
    th: [
      'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต',
      'แจ้งเรื่องร้องเรียนการทุจริต',
      'แจ้งเรื่องทุจริต',
      'รับแจ้งเรื่องราวร้องเรียนการทุจริต',
      'ร้องเรียนการทุจริต',
      'แจ้งเบาะแสการทุจริต',
      'ร้องเรียนการทุจริตและประพฤติมิชอบ',
    ],
    en: ['report corruption', 'corruption complaint'],
  },
  exclude: ['สถิติ', 'แนวปฏิบัติ', 'คู่มือ', 'รายงานผล', 'มาตรการ', 'แนวทาง', 'ขั้นตอน'],
  form: 'channel',
  components: [{ id: 'channel', detector: 'channel' }],
  source: 'shared/oit/criteria.md §4.1 O28, §6',
});
