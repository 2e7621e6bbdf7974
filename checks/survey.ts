/**
 * The EIT/IIT survey check, beside the items (criteria.md §3: not an O-item in any year).
 * A valid survey link is `https://itas.nacc.go.th/go/eit|iit/<6 lowercase letters or digits>`;
 * `/go/reotpsms` (an OTP endpoint) and a bare `itas.nacc.go.th` are not (thai-sites.md §6).
 * Links inside HTML comments never reach here: the extractor does not read comments.
 */
import type { SiteFeatures } from './features';

export const SURVEY_URL = /^https?:\/\/itas\.nacc\.go\.th\/go\/(eit|iit)\/([a-z0-9]{6})\/?$/;

export type SurveyKind = 'eit' | 'iit';

export interface SurveyCheck {
  status: 'pass' | 'fail' | 'review';
  url: string | null;
  via: 'link' | 'qr' | null;
  foundOn: string | null;
  /** Where else the same survey was shown (banners repeat it). */
  seenOn?: string[];
  notes?: string[];
}

export interface Survey {
  eit: SurveyCheck;
  iit: SurveyCheck;
}

export function parseSurveyUrl(url: string): { kind: SurveyKind; code: string } | null {
  const m = SURVEY_URL.exec(url.trim());
  return m ? { kind: m[1] as SurveyKind, code: m[2] } : null;
}

export function evaluateSurvey(site: SiteFeatures): Survey {
  const found: Record<SurveyKind, SurveyCheck> = {
    eit: { status: 'fail', url: null, via: null, foundOn: null },
    iit: { status: 'fail', url: null, via: null, foundOn: null },
  };
  const add = (url: string, via: 'link' | 'qr', foundOn: string) => {
    const s = parseSurveyUrl(url);
    if (!s) return;
    const check = found[s.kind];
    if (check.status !== 'pass') {
      found[s.kind] = { status: 'pass', url: url.replace(/\/$/, ''), via, foundOn, seenOn: [] };
    } else if (check.foundOn !== foundOn && (check.seenOn?.length ?? 0) < 10 && !check.seenOn?.includes(foundOn)) {
      check.seenOn?.push(foundOn);
    }
  };
  for (const p of site.pages.values()) {
    for (const l of p.links) add(l.url, 'link', p.finalUrl);
  }
  for (const q of site.qrCodes) add(q.data, 'qr', q.foundOn);
  return found;
}
