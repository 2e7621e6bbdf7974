// Social network: shared/oit/criteria.md §4.1 O9 (the agency's accounts linked from the site),
// §6 "Social" (Facebook, LINE, YouTube, TikTok icons; external domains); thai-sites.md §7.9.
// Icon-only links have no words, so the account's address names the concept (`urls`).
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'social-network',
  names: {
    th: ['โซเชียลมีเดีย', 'โซเชียลเน็ตเวิร์ก', 'สื่อสังคมออนไลน์', 'เครือข่ายสังคมออนไลน์', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'เฟซบุ๊ค', 'ยูทูบ', 'ติ๊กต็อก'],
    en: ['social network', 'social media', 'facebook', 'youtube', 'tiktok', 'line official', 'instagram', 'twitter'],
  },
  // Share buttons point at the network's share form, not at the agency's account.
  exclude: ['แชร์', 'share', 'ทวีต', 'tweet', 'แบ่งปัน', 'ถูกใจ'],
  urls: [
    '^https?://([a-z0-9-]+\\.)*(facebook\\.com|fb\\.com|fb\\.me)/(?!sharer|share|dialog|plugins/like)',
    '^https?://([a-z0-9-]+\\.)*(line\\.me/(r/)?ti/p|lin\\.ee/|page\\.line\\.me)',
    '^https?://([a-z0-9-]+\\.)*youtube\\.com/(channel/|c/|user/|@)',
    '^https?://([a-z0-9-]+\\.)*tiktok\\.com/@',
    '^https?://([a-z0-9-]+\\.)*(twitter\\.com|x\\.com)/(?!intent|share|home)[a-z0-9_]+',
    '^https?://([a-z0-9-]+\\.)*instagram\\.com/[a-z0-9_.]+',
  ],
  form: 'channel',
  components: [{ id: 'account', detector: 'social-links' }],
  source: 'shared/oit/criteria.md §4.1 O9, §6',
});
