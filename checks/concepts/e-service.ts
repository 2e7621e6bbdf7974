// E-Service (ระบบการให้บริการผ่านช่องทางออนไลน์): shared/oit/criteria.md §4.1 O18 (an online service
// channel reachable from the main site: a form or system, not just a PDF form), §2.2, §4.3 O10,
// §4.4 O10 (2569: with statistics of online requests, a `companion`), §6 "E-Service".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'e-service',
  names: {
    th: [
      'ระบบการให้บริการผ่านช่องทางออนไลน์', 'บริการออนไลน์', 'ยื่นคำร้องออนไลน์', 'ยื่นเอกสารออนไลน์', 'จองคิวออนไลน์', 'จองคิวติดต่อราชการออนไลน์',
      'บริการประชาชนออนไลน์', 'ระบบบริการออนไลน์', 'อีเซอร์วิส', 'ขอรับบริการออนไลน์', 'ยื่นคำขอออนไลน์',
    ],
    en: ['e-service', 'e-services', 'eservice', 'online service', 'online services'],
  },
  exclude: ['คู่มือ', 'สถิติ', 'ร้องเรียนการทุจริต', 'egp', 'e-gp', 'e-plan', 'e-laas'],
  urls: ['eservice', 'e-service', 'esv_ods', 'adding_queue', '/oss/'],
  form: 'channel',
  components: [{ id: 'channel', detector: 'channel', params: { kind: 'eservice' } }],
  source: 'shared/oit/criteria.md §4.1 O18, §2.2, §4.4 O10, §6',
});
