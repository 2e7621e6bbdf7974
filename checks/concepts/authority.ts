// Powers and duties (อำนาจหน้าที่): shared/oit/criteria.md §4.1 O3 [P13], §2.4 "not the whole law"
// ("ต้องไม่เป็นการแสดงกฎหมายทั้งฉบับ" [P1][C9]), §6 "Powers/duties". Part of O1 from 2568 (§5).
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'authority',
  names: {
    th: ['อำนาจหน้าที่', 'หน้าที่และอำนาจ', 'ภารกิจและอำนาจหน้าที่', 'ภารกิจและความรับผิดชอบ', 'ภารกิจหน้าที่', 'หน้าที่ความรับผิดชอบ', 'บทบาทหน้าที่'],
    en: ['powers and duties', 'duties and powers', 'authority'],
  },
  exclude: ['มอบอำนาจ', 'ผู้มีอำนาจ', 'มอบหมายหน้าที่', 'คำสั่งแบ่งงาน', 'ปฏิบัติหน้าที่ราชการแทน', 'รักษาราชการแทน', 'nogift', 'จากการปฏิบัติหน้าที่'],
  urls: ['/(authority|mission|duty)(\\b|/|\\.|$)'],
  acceptsLaws: true,
  form: 'any',
  components: [
    { id: 'content', detector: 'document' },
    { id: 'summary', detector: 'law-summary' },
  ],
  source: 'shared/oit/criteria.md §4.1 O3, §2.4, §6',
});
