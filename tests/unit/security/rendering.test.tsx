/**
 * Site text is rendered as text, never as HTML, and only http(s) URLs become links (issue #6 §4,
 * design.md "never render site HTML"). Each component that shows report data is rendered with a
 * hostile report (tests/unit/security/hostile-report.ts) and the markup is parsed back: no element
 * or attribute came from the site, every href is http(s) or the extension's own page.
 */
import { load } from 'cheerio/slim';
import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { ItemRow } from '@/components/ItemRow';
import { ReportCrawl } from '@/components/ReportCrawl';
import { ReportEvidence } from '@/components/ReportEvidence';
import { ReportItem } from '@/components/ReportItem';
import { ReportLink } from '@/components/ReportLink';
import { ReportSurvey } from '@/components/ReportSurvey';
import { SurveyCheck } from '@/components/SurveyCheck';
import { BAD_URLS, IMG, SCRIPT, hostileReport } from './hostile-report';

/** The tags and attributes our components use; anything else came from the site. */
const ALLOWED_TAGS = new Set(['a', 'article', 'br', 'button', 'code', 'dd', 'details', 'div', 'dl', 'dt', 'em', 'h2', 'h3', 'header', 'label', 'li', 'ol', 'p', 'q', 'section', 'select', 'option', 'small', 'span', 'strong', 'summary', 'table', 'tbody', 'td', 'textarea', 'th', 'thead', 'tr', 'ul', 'input', 'form', 'time']);

function inspect(node: VNode) {
  const html = renderToString(node);
  const $ = load(html);
  const tags = new Set<string>();
  const handlers: string[] = [];
  const hrefs: string[] = [];
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    tags.add(el.name);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) handlers.push(`${name}=${value}`);
      if (name === 'href' || name === 'src' || name === 'action' || name === 'formaction') hrefs.push(value);
    }
  });
  return { html, text: $.root().text(), tags: [...tags].filter((t) => !['html', 'head', 'body'].includes(t)), handlers, hrefs };
}

const isSafeHref = (h: string) => /^https?:\/\//i.test(h) || /^report\.html\?id=/.test(h) || h.startsWith('#');

describe('the inspector', () => {
  it('sees markup that came from a site, a live javascript: link and a handler (so these tests can fail)', () => {
    const actual = inspect(<div dangerouslySetInnerHTML={{ __html: `${IMG}<a href="${BAD_URLS[0]}" onclick="x()">x</a>` }} />);

    expect(actual.tags).toContain('img');
    expect(actual.handlers.length).toBe(2);
    expect(actual.hrefs.filter((h) => !isSafeHref(h))).toEqual(['x', BAD_URLS[0]]);
  });
});

describe('report page components render a hostile report as text', () => {
  const report = hostileReport();

  it.each(report.items.map((i) => [i.id, i] as const))('ReportItem %s: markup shown as text, no live non-http(s) link', (_id, item) => {
    const actual = inspect(<ReportItem item={item} isHidden={false} defaultReviewer="" onSaveVerdict={async () => {}} />);

    expect(actual.tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(actual.handlers).toEqual([]);
    expect(actual.hrefs.filter((h) => !isSafeHref(h))).toEqual([]);
    expect(actual.text).toContain(SCRIPT);
    expect(actual.text).toContain(IMG);
  });

  it('ReportEvidence shows every bad URL as plain text', () => {
    const evidence = BAD_URLS.map((url) => ({ url, kind: 'link' as const, text: SCRIPT, foundOn: url }));

    const actual = inspect(<ReportEvidence evidence={evidence} />);

    expect(actual.hrefs).toEqual([]);
    for (const url of BAD_URLS) expect(actual.text).toContain(url.trim());
  });

  it('ReportLink makes only http(s) URLs clickable', () => {
    for (const url of BAD_URLS) expect(inspect(<ReportLink url={url} />).hrefs, url).toEqual([]);
    expect(inspect(<ReportLink url="https://agency.example/a" />).hrefs).toEqual(['https://agency.example/a']);
  });

  it('ReportCrawl and ReportSurvey: errors, reasons and survey URLs stay text', () => {
    for (const node of [<ReportCrawl crawl={report.crawl} />, <ReportSurvey survey={report.survey} />]) {
      const actual = inspect(node);
      expect(actual.tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      expect(actual.handlers).toEqual([]);
      expect(actual.hrefs.filter((h) => !isSafeHref(h))).toEqual([]);
    }
    expect(inspect(<ReportCrawl crawl={report.crawl} />).text).toContain(SCRIPT);
  });
});

describe('popup components render a hostile report as text', () => {
  const report = hostileReport();

  it.each(report.items.map((i) => [i.id, i] as const))('ItemRow %s', (_id, item) => {
    for (const lang of ['th', 'en'] as const) {
      const actual = inspect(<ItemRow item={item} lang={lang} canShowMe onShowMe={() => {}} />);

      expect(actual.tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      expect(actual.handlers).toEqual([]);
      expect(actual.hrefs.filter((h) => !isSafeHref(h))).toEqual([]);
    }
  });

  it('SurveyCheck links only the http(s) survey URL', () => {
    const actual = inspect(<SurveyCheck survey={report.survey} lang="th" />);

    expect(actual.hrefs).toEqual(['https://itas.nacc.go.th/go/iit/abc123']);
    expect(actual.handlers).toEqual([]);
  });
});
