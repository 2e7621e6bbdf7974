// Ethics promotion (การขับเคลื่อนจริยธรรม): shared/oit/criteria.md §4.1 O40 [P6] ("at least (1) an
// ethics advisory team or working group, (2) Dos & Don'ts guidance, (3) training or activities with
// ethics content; current year"), §4.4 O15 [C1] (order appointing the working group, Dos & Don'ts,
// training, integrity pledge), §6 "Ethics".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'ethics-promotion',
  names: {
    th: ['การขับเคลื่อนจริยธรรม', 'ขับเคลื่อนจริยธรรม', 'การส่งเสริมจริยธรรม', 'ส่งเสริมคุณธรรมจริยธรรม', 'คณะทำงานขับเคลื่อนจริยธรรม', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม'],
    en: ['ethics promotion'],
  },
  weakNames: ["do's & don'ts", "do & don't", 'dos and donts', 'อบรมคุณธรรมจริยธรรม', 'คุณธรรมจริยธรรม'],
  exclude: ['การประเมินจริยธรรม', 'ผลการประเมิน'],
  form: 'any',
  components: [
    { id: 'document', detector: 'document', params: { entries: true } },
    {
      id: 'topics',
      detector: 'topics',
      params: {
        topics: [
          { id: 'team', th: 'คณะทำงานหรือผู้รับผิดชอบขับเคลื่อนจริยธรรม', en: 'an ethics working group', terms: ['คณะทำงาน', 'คณะกรรมการจริยธรรม', 'คำสั่งแต่งตั้ง', 'ที่ปรึกษาด้านจริยธรรม', 'ผู้รับผิดชอบ'] },
          { id: 'dos', th: "แนวทางปฏิบัติ Do's & Don'ts", en: "Dos & Don'ts guidance", terms: ["do's", 'dos&donts', 'dosanddonts', 'dos and donts', "do & don't", "do and don't", "don't", 'ควรทำและไม่ควรทำ', 'สิ่งที่ควรทำ', 'ข้อควรปฏิบัติ'] },
          { id: 'training', th: 'การอบรมหรือกิจกรรมที่มีเนื้อหาด้านจริยธรรม', en: 'training or activities on ethics', terms: ['อบรม', 'กิจกรรม', 'โครงการ', 'สัมมนา'] },
        ],
      },
    },
    { id: 'period', detector: 'period', params: { acceptDates: true } },
  ],
  source: 'shared/oit/criteria.md §4.1 O40, §4.4 O15, §6',
});
