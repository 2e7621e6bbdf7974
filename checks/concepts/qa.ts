// Q&A (ช่องทางการสอบถาม): shared/oit/criteria.md §4.1 O8 (a two-way channel where the public asks and
// the agency answers), update-2568-2570.md §2 O3 [N1] (Messenger Live Chat, Chatbot, LINE Official
// Account, web board; part of O3 from 2568), §6 "Q&A". A static FAQ does not answer anyone.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'qa',
  names: {
    th: [
      'กระทู้ถาม-ตอบ', 'กระดานถาม-ตอบ', 'ถาม-ตอบ', 'กระดานกระทู้', 'เว็บบอร์ด', 'กระดานสนทนา', 'ช่องทางการสอบถาม', 'ถามตอบปัญหา',
      'สอบถามข้อมูล', 'ตั้งกระทู้', 'ช่องทางถามตอบ',
    ],
    en: ['q&a', 'q & a', 'webboard', 'web board', 'live chat', 'chatbot', 'line official account'],
  },
  weakNames: ['คำถามที่พบบ่อย', 'faq'],
  // Satisfaction questionnaires ("แบบสอบถาม") ask, but nobody answers.
  exclude: ['แบบสอบถาม', 'ความพึงพอใจ', 'ร้องเรียน', 'ร้องทุกข์'],
  urls: ['q_a', 'webboard', 'Pages/questions', '/(qa|faq|board|forum)(\\.php)?(\\b|/|$)'],
  form: 'channel',
  components: [{ id: 'channel', detector: 'channel', params: { kind: 'qa' } }],
  source: 'shared/oit/criteria.md §4.1 O8, §2.2, §6; update-2568-2570.md §2 O3',
});
