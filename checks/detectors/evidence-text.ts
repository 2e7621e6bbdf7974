import type { Candidate } from './types';

/**
 * All the normalised text a candidate offers: the link and its row, the target page's title,
 * headings and text, its attachments' link texts, and any text read from the document.
 */
export function evidenceText(c: Candidate, maxPageChars = 20_000): string {
  const parts = [c.text, c.link?.context ?? '', c.link?.heading ?? ''];
  if (c.page) parts.push(c.page.title, c.page.headings.join(' '), c.page.text.slice(0, maxPageChars));
  for (const a of c.attachments) parts.push(a.link.text, a.doc?.text ?? '');
  if (c.doc?.text) parts.push(c.doc.text);
  return parts.join(' ');
}

/** A document the candidate shows: itself, or an attachment of the page. */
export function documentsOf(c: Candidate) {
  const docs = c.attachments.map((a) => ({ url: a.link.url, doc: a.doc, viewer: false }));
  if (c.kind === 'document') docs.unshift({ url: c.url, doc: c.doc, viewer: false });
  return docs;
}
