/**
 * Which images may carry the EIT/IIT survey QR code, best first (issue #5; thai-sites.md §6: "an
 * `<a>` around a banner or QR image (a 386×546 iit.jpg, a carousel slide, a fixed pop-up)", and
 * "some sites show only a QR image with no anchor"). Decoding costs a fetch and up to a second of
 * CPU, so only images with a reason are kept: survey words near them (alt, caption, file name, the
 * link around them), a link to itas.nacc.go.th, or a square-ish shape on the home page or the ITA
 * hub (where agencies put the survey).
 */
import type { SiteFeatures } from '../features';
import { compact, normalize } from '../thai/normalize';

export interface QrCandidate {
  /** Absolute image URL. */
  url: string;
  /** The page that shows it (the one where it scored best). */
  foundOn: string;
  /** Normalised alt and surrounding text (bounded): says what the site claims the code is. */
  label: string;
  /** The survey the label names, when it names one. */
  labelKind?: 'eit' | 'iit';
  score: number;
}

/**
 * Words that put an image near the survey. Latin words must stand alone ("ita" is in "digital"),
 * tested on normalised text, where file-name separators survive; Thai phrases on compacted text.
 */
const SURVEY_LATIN = /(^|[^a-z])(eit|iit|itas|ita|oit|qr|qrcode|scan)(?![a-z])/;
const SURVEY_THAI = /(คิวอาร์|แบบวัดการรับรู้|ผู้มีส่วนได้ส่วนเสีย|ประเมินคุณธรรม|คุณธรรมและความโปร่งใส|สแกน)/;
const EIT_WORDS = /(^|[^a-z])(eit|external)(?![a-z])|ภายนอก/;
const IIT_WORDS = /(^|[^a-z])(iit|internal)(?![a-z])|ภายใน/;
const SPECIFIC = /(^|[^a-z])(eit|iit|qr|qrcode)(?![a-z])|คิวอาร์/;
/** Pages where agencies put the survey: the ITA/OIT hub. */
const HUB_LATIN = /(^|[^a-z])(ita|oit)(?![a-z])/;
const HUB_THAI = /(คุณธรรมและความโปร่งใส|การเปิดเผยข้อมูลสาธารณะ)/;
/** Images that are never a QR code: site chrome and decoration. */
const NOT_QR = /(logo|icon|favicon|spacer|blank|bullet|arrow|loading|spinner|background|flag|emblem|ตราสัญลักษณ์)/;

const hasSurveyWords = (normalised: string) => SURVEY_LATIN.test(normalised) || SURVEY_THAI.test(compact(normalised));

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return url;
  }
}

/** The survey an image's wording names, if exactly one. */
export function labelKind(label: string): 'eit' | 'iit' | undefined {
  const n = normalize(label);
  const eit = EIT_WORDS.test(n);
  const iit = IIT_WORDS.test(n);
  if (eit && !iit) return 'eit';
  if (iit && !eit) return 'iit';
  return undefined;
}

export function qrCandidates(site: SiteFeatures): QrCandidate[] {
  const byUrl = new Map<string, QrCandidate>();
  const home = site.pages.get(site.startUrl) ?? site.pages.values().next().value;
  const consider = (c: QrCandidate) => {
    const prev = byUrl.get(c.url);
    if (!prev || c.score > prev.score) byUrl.set(c.url, c);
  };
  for (const p of site.pages.values()) {
    const isHome = p === home || p.depth === 0;
    const pageTitle = normalize(`${p.title} ${p.headings.slice(0, 3).join(' ')}`);
    const isHub = HUB_LATIN.test(pageTitle) || HUB_THAI.test(compact(pageTitle));
    for (const img of p.images) {
      if (/\.svg(\?|$)/i.test(img.src)) continue;
      const name = fileName(img.src).toLowerCase();
      const words = normalize(`${img.alt} ${name} ${img.linkUrl ?? ''}`);
      const isSurvey = hasSurveyWords(words);
      if (NOT_QR.test(words) && !isSurvey) continue;
      // Declared tiny images are icons (a QR needs at least 21 modules, readable from ~60 px).
      if ((img.width && img.width < 48) || (img.height && img.height < 48)) continue;
      const ratio = img.width && img.height ? img.width / img.height : undefined;
      const squareish = ratio !== undefined && ratio > 0.75 && ratio < 1.33;
      let score = 0;
      if (isSurvey) score += 10;
      if (SPECIFIC.test(words)) score += 5;
      // Survey words only around the image: a QR code is square or a portrait card (386×546), not a wide photo.
      if (hasSurveyWords(img.context) && (ratio === undefined || (ratio > 0.6 && ratio < 1.4))) score += 4;
      if (img.linkUrl && /itas\.nacc\.go\.th/i.test(img.linkUrl)) score += 8;
      if (isHome || isHub) {
        if (squareish) score += 3;
        else if (ratio === undefined) score += 1;
      }
      if (score <= 0) continue;
      const label = `${img.alt} ${img.context}`.trim().slice(0, 200);
      consider({ url: img.src, foundOn: p.finalUrl, label, labelKind: labelKind(`${img.alt} ${name}`) ?? labelKind(img.context), score });
    }
    // An image linked to, not shown (`<a href="qr-eit.png">สแกน QR</a>`).
    for (const l of p.links) {
      if (l.kind !== 'image' || !hasSurveyWords(normalize(`${l.text} ${fileName(l.url)}`))) continue;
      consider({ url: l.url, foundOn: p.finalUrl, label: l.text.slice(0, 200), labelKind: labelKind(`${l.text} ${fileName(l.url)}`), score: 10 });
    }
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score);
}
