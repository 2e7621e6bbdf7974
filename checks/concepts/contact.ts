// Contact (ข้อมูลการติดต่อ): shared/oit/criteria.md §4.1 O5 (M: address, phone, e-mail, map),
// update-2568-2570.md §2 O3 [N1] (from 2568 with a two-way Q&A channel: a `companion` in the year's
// data), §6 "Contact".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'contact',
  names: {
    th: ['ข้อมูลการติดต่อ', 'ติดต่อเรา', 'ช่องทางการติดต่อ', 'ติดต่อหน่วยงาน', 'ข้อมูลการติดต่อและช่องทางการสอบถาม', 'ที่ตั้งและการติดต่อ', 'ติดต่อ อบต', 'ติดต่อเทศบาล', 'การติดต่อ'],
    en: ['contact us', 'contact'],
  },
  // E-service queues, the service manual's "ผู้มาติดต่อ", contact lists of staff.
  exclude: ['ติดต่อราชการออนไลน์', 'จองคิว', 'ผู้มาติดต่อ', 'คู่มือ', 'ติดต่อราชการ', 'ติดต่อประสานงาน', 'ติดต่อสื่อสาร'],
  urls: ['/contact(us)?(\\b|/|\\.|$)', 'Pages/contact'],
  form: 'page',
  components: [{ id: 'details', detector: 'contact-details' }],
  source: 'shared/oit/criteria.md §4.1 O5, §6; update-2568-2570.md §2 O3',
});
