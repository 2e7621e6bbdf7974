import { describe, expect, it } from 'vitest';
import socialLinks, { isSocialAccount } from '../../../checks/detectors/social-links';
import { cand, ctx, pageOf } from './make';

describe('social-links detector', () => {
  it('knows accounts from share buttons and bare home pages', () => {
    expect(isSocialAccount('https://www.facebook.com/profile.php?id=100089753126712')).toBe(true);
    expect(isSocialAccount('https://lin.ee/AbCdEf1')).toBe(true);
    expect(isSocialAccount('https://www.youtube.com/@tambon')).toBe(true);
    expect(isSocialAccount('https://www.facebook.com/sharer/sharer.php?u=x')).toBe(false);
    expect(isSocialAccount('https://twitter.com/intent/tweet?url=x')).toBe(false);
    expect(isSocialAccount('https://www.facebook.com/')).toBe(false);
  });

  it('passes a page that links the agency’s account, with the account as evidence', () => {
    const actual = socialLinks.evaluate(cand({ page: pageOf('<h1>Social</h1><a href="https://www.tiktok.com/@tambon"><img alt=""></a>') }), {}, ctx());

    expect(actual.status).toBe('pass');
    expect(actual.evidence?.[0].url).toBe('https://www.tiktok.com/@tambon');
  });

  it('fails a page with share buttons only', () => {
    const p = pageOf('<h1>Social Network</h1><a href="https://www.facebook.com/sharer/sharer.php?u=1">แชร์</a>');
    expect(socialLinks.evaluate(cand({ page: p }), {}, ctx()).status).toBe('fail');
  });
});
