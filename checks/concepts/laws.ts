// Relevant laws (กฎหมายที่เกี่ยวข้อง): shared/oit/criteria.md §4.1 O6 (S-partial; M), §6 "Laws".
// ข้อบัญญัติ/เทศบัญญัติ are local ordinances: the budget ordinance (ข้อบัญญัติงบประมาณรายจ่าย) is not a law list.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'laws',
  names: {
    th: [
      'กฎหมายที่เกี่ยวข้อง', 'กฎหมายที่เกี่ยวข้องกับการปฏิบัติงาน', 'กฎหมายที่ใช้ในการปฏิบัติงาน', 'กฎหมายและระเบียบ', 'กฎหมาย ระเบียบ',
      'ระเบียบกฎหมาย', 'ระเบียบ กฎหมาย', 'กฎหมายน่ารู้', 'กฎหมายท้องถิ่น', 'ระเบียบ หนังสือสั่งการ', 'พรบ/พรก ที่ใช้การปฏิบัติงาน', 'ข้อกฎหมาย',
    ],
    en: ['relevant laws', 'laws and regulations'],
  },
  weakNames: ['ข้อบัญญัติ', 'เทศบัญญัติ', 'ระเบียบ'],
  exclude: ['งบประมาณรายจ่าย', 'งบประมาณ', 'ร่างข้อบัญญัติ', 'ประชาคม', 'ระเบียบวาระ', 'จริยธรรม', 'ทรัพยากรบุคคล', 'หลักเกณฑ์การรับทรัพย์สิน'],
  // Pages/canon_bgps is the budget ordinance (criteria.md §6 "Annual plan"), not a law list.
  urls: ['laws_topic', 'Pages/pppw', 'canon_(?!bgps)'],
  acceptsLaws: true,
  form: 'document',
  components: [{ id: 'document', detector: 'document', params: { lawList: true } }],
  source: 'shared/oit/criteria.md §4.1 O6, §6',
});
