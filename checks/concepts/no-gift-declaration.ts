// No Gift Policy declaration (ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่):
// shared/oit/criteria.md §4.1 O31 [P6] (an official declaration signed by the top executive, for the
// current year), §4.3 O21 (2568: with the culture activity, a `companion`), §4.4 O20 (2569: driving
// the policy + knowledge of the gift rules), §6 "No Gift". The culture activity (O32) and the report
// (O33) are other items.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'no-gift-declaration',
  names: {
    th: [
      'ประกาศเจตนารมณ์นโยบาย no gift policy จากการปฏิบัติหน้าที่', 'ประกาศเจตนารมณ์นโยบาย no gift policy', 'ประกาศเจตนารมณ์ no gift policy',
      'ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย no gift policy', 'การขับเคลื่อนนโยบาย no gift policy', 'นโยบายไม่รับของขวัญ', 'นโยบายงดรับของขวัญ',
      'ประกาศนโยบายไม่รับของขวัญ', 'ประกาศนโยบาย no gift policy', 'นโยบาย no gift policy', 'no gift policy', 'งดรับงดให้', 'ประกาศเจตนารมณ์ไม่รับของขวัญ',
    ],
    en: ['no gift policy'],
  },
  exclude: ['รายงาน', 'วัฒนธรรม no gift', 'วัฒนธรรมnogift', 'กิจกรรม', 'การรับทรัพย์สิน', 'ผลการดำเนินการ'],
  urls: ['operation_pgn'],
  ownDocument: true,
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    {
      id: 'topics',
      detector: 'topics',
      params: {
        // criteria.md §4.1 O31 [P6]: "ประกาศอย่างเป็นทางการที่มีการลงนามโดยผู้บริหารสูงสุด". A declaration
        // read in full without a signing block (its date and the signer's name and position) is a
        // draft or a poster, not the signed declaration. Unread and scanned files keep their title's word.
        ifUnread: 'pass',
        readInFull: true,
        imagesUnread: true,
        topics: [
          {
            id: 'signed',
            th: 'การลงนามโดยผู้บริหารสูงสุด (ลงชื่อ/ประกาศ ณ วันที่ พร้อมชื่อและตำแหน่ง)',
            en: 'the signature of the head of the agency (signing date, name and position)',
            terms: ['ประกาศ ณ วันที่', 'ลงชื่อ', 'ลงนาม', 'สั่ง ณ วันที่'],
          },
        ],
      },
    },
  ],
  source: 'shared/oit/criteria.md §4.1 O31, §4.3 O21, §4.4 O20, §6',
});
