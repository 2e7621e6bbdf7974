import type { ItemReport } from '@/checks/report/schema';
import { ReportLink } from './ReportLink';

const KIND: Record<ItemReport['evidence'][number]['kind'], { th: string; en: string }> = {
  page: { th: 'หน้าเว็บ', en: 'page' },
  document: { th: 'เอกสาร', en: 'document' },
  image: { th: 'รูปภาพ', en: 'image' },
  link: { th: 'ลิงก์', en: 'link' },
  qr: { th: 'คิวอาร์โค้ด', en: 'QR code' },
};

/** Every piece of evidence of an item: URL, snippet (text only), and the page it was found on. */
export function ReportEvidence({ evidence }: { evidence: ItemReport['evidence'] }) {
  if (!evidence.length) return null;
  return (
    <ol class="evidence">
      {evidence.map((e, i) => (
        <li key={`${i}-${e.url}`} class={i === 0 ? 'evidence-best' : undefined}>
          <span class="chip">{KIND[e.kind].th} <span class="en">{KIND[e.kind].en}</span></span>
          {i === 0 && <span class="chip chip-best">หลักฐานหลัก <span class="en">best</span></span>} <ReportLink url={e.url} />
          {e.text && <q class="snippet">{e.text}</q>}
          {e.foundOn && e.foundOn !== e.url && (
            <div class="found-on">
              พบที่หน้า <span class="en">found on</span> <ReportLink url={e.foundOn} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
