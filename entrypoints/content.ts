import { browser } from 'wxt/browser';
import { decodeImageBrowser, makeBrowserPdfReader } from '@/checks/readers/browser';
import { makeEnrich } from '@/checks/readers/enrich';
import { installAuditAgent } from '@/utils/audit-agent';
import { pinToOrigin } from '@/checks/crawl/pin-origin';
import { isSameSite } from '@/checks/crawl/url';

/** Files copied beside the content script by wxt.config.ts (issue #5): loaded only when a PDF is read. */
const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

/**
 * Injected on demand by the background (`scripting.executeScript` after the person clicks the
 * toolbar button: activeTab), never declared for every page: no host permission at install.
 * Returns the agent's id to the background.
 *
 * The evidence readers (issue #5): QR codes decoded by the browser's own image decoder, PDF text by
 * pdf.js imported lazily; both fetch from the audited page's origin only (the page's `fetch`, no host
 * permission: images on other sites are reported "not checked").
 */
export default defineContentScript({
  registration: 'runtime',
  main: () =>
    installAuditAgent(document, (ruleset, signal, timeLimitMs) =>
      makeEnrich({
        fetch: pinToOrigin((u, init) => globalThis.fetch(u, init), location.origin),
        decodeImage: decodeImageBrowser,
        readPdf: makeBrowserPdfReader({ pdfjs: url('/pdfjs/pdf.min.mjs'), worker: url('/pdfjs/pdf.worker.min.mjs') }),
        mayFetch: (u) => isSameSite(u, location.origin),
        redirectMode: 'follow',
        ruleset,
        signal,
        // After the crawl's own time limit, the readers get at most 15 % more (≤ 1 min), then stop.
        deadline: Date.now() + timeLimitMs + Math.min(60_000, Math.round(timeLimitMs * 0.15)),
      }),
    ),
});
