import { describe, expect, it } from 'vitest';
import { BgToContentSchema, ContentToBgSchema, PopupToBgSchema, ReplySchema } from '@/utils/messages';

const progress = { pagesFetched: 3, pagesFailed: 0, maxPages: 300, queued: 10, documentsChecked: 1, documentsFound: 2, elapsedMs: 900, itemsTotal: 5 };

describe('message schemas', () => {
  it.each([
    [PopupToBgSchema, { type: 'popup→bg:start-audit', tabId: 12 }],
    [PopupToBgSchema, { type: 'popup→bg:cancel-audit', auditId: 'a1' }],
    [PopupToBgSchema, { type: 'popup→bg:show-evidence', tabId: 1, siteKey: 'example.go.th', itemId: 'O2', evidenceIndex: 0 }],
    [BgToContentSchema, { type: 'bg→content:start', auditId: 'a1', startUrl: 'https://x.go.th/', rulesetId: 'ita-2566', budget: { maxPages: 10, maxDepth: 3, timeLimitMs: 60_000, concurrency: 2, obeyRobots: true } }],
    [BgToContentSchema, { type: 'bg→content:highlight', targets: [{ kind: 'people' }, { kind: 'link', href: 'https://x.go.th/a' }], label: 'O2 ข้อมูลผู้บริหาร', notFound: 'ไม่พบ' }],
    [ContentToBgSchema, { type: 'content→bg:progress', auditId: 'a1', progress }],
    [ContentToBgSchema, { type: 'content→bg:done', auditId: 'a1', report: null }],
    [ContentToBgSchema, { type: 'content→bg:failed', auditId: 'a1', error: 'start-url', detail: 'HTTP 500' }],
    [ReplySchema, { ok: true, auditId: 'a1' }],
    [ReplySchema, { ok: false, error: 'no-access' }],
  ])('accepts %#', (schema, msg) => {
    expect(schema.safeParse(msg).success).toBe(true);
  });

  it.each([
    [PopupToBgSchema, { type: 'popup→bg:start-audit', tabId: -1 }],
    [PopupToBgSchema, { type: 'popup→bg:start-audit', tabId: '12' }],
    [PopupToBgSchema, { type: 'popup→bg:delete-everything' }],
    [BgToContentSchema, { type: 'bg→content:start', auditId: 'a1', startUrl: 'https://x.go.th/', rulesetId: 'ita-2566', budget: { maxPages: 1e6, maxDepth: 3, timeLimitMs: 60_000, concurrency: 2 } }],
    [ContentToBgSchema, { type: 'content→bg:progress', auditId: 'a1', progress: { ...progress, pagesFetched: 'many' } }],
    [ReplySchema, { ok: false, error: 'something-else' }],
  ])('rejects %#', (schema, msg) => {
    expect(schema.safeParse(msg).success).toBe(false);
  });
});
