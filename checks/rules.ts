/**
 * The rule model (design.md "The rule set"): concepts (one disclosure, its names and components)
 * and years (the ordered items of one ITA year). Both are data, validated by zod when loaded, so a
 * user can import a corrected year as JSON.
 */
import { z } from 'zod';

export const Text = z.object({ th: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

/** What the evidence must show: a detector with parameters (checks/detectors). */
export const Component = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  detector: z.string().regex(/^[a-z0-9-]+$/),
  params: z.record(z.string(), z.unknown()).default({}),
  /** Only for local governments (อปท.): "both political and permanent sides". */
  localGovOnly: z.boolean().default(false),
});
export type Component = z.infer<typeof Component>;

/**
 * When the evidence must be dated: `current` fiscal year, `h1` its first six months (Oct–Mar),
 * `previous` fiscal year, `monthly` every month of the year so far, `none`.
 */
export const Period = z.enum(['none', 'current', 'h1', 'previous', 'monthly']);
export type Period = z.infer<typeof Period>;

export const Form = z.enum(['document', 'page', 'channel', 'any']);

export const Concept = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Official titles first, then menu synonyms seen on sites (criteria.md §6). Thai and English. */
  names: z.object({ th: z.array(z.string().min(2)).min(1), en: z.array(z.string().min(2)).default([]) }),
  /** A candidate whose text contains one of these is not this concept (`^term`: starts with it). */
  exclude: z.array(z.string().min(2)).default([]),
  /** A candidate must also contain one of these (e.g. "ทุจริต" for the corruption-complaint guide). */
  requireAny: z.array(z.string().min(2)).default([]),
  /** Terms that, with one of `requireAny`, identify a candidate less surely (partial at best). */
  weakNames: z.array(z.string().min(2)).default([]),
  /**
   * URL patterns (regex sources, tested on the absolute URL) that name the concept when the link text
   * cannot: icon-only social links, CMS slugs (criteria.md §6 "Slugs / URL hints"). Only used when
   * the link's own words are empty or generic; words always win over the URL (thai-sites.md §7.13).
   */
  urls: z.array(z.string()).default([]),
  /**
   * A law's own text (a link or page titled พระราชบัญญัติ…, พ.ร.บ.…, ระเบียบกระทรวง…) can be this
   * disclosure: the law list, powers and duties, the NACC gift rule. For every other concept it is
   * not: the PDPA is not the agency's privacy policy, the HR Act is not its HR rules, the Interior
   * regulation on planning is not its plan (criteria.md §4.3 O1 "not the whole law").
   */
  acceptsLaws: z.boolean().default(false),
  /**
   * Concepts whose documents are this item's own kind, short of something: the yearly report's
   * six-month version, the general corruption-risk assessment for the bribery-risk one. Filed under
   * this item's name, such a document is the item short of a part (partial), not another item (fail).
   */
  kin: z.array(z.string()).default([]),
  /**
   * The document must be the agency's own (its HR plan, its head's No Gift declaration): one issued by
   * a parent body (a ministry's office, a department) and posted on the agency's site is not it.
   */
  ownDocument: z.boolean().default(false),
  form: Form.default('any'),
  components: z.array(Component).default([]),
  /** Citation of shared/oit/criteria.md. */
  source: z.string().min(1),
});
export type Concept = z.infer<typeof Concept>;
export type ConceptInput = z.input<typeof Concept>;

export const Confidence = z.enum(['S', 'S-partial', 'I', 'M']);

export const Item = z.object({
  code: z.string().regex(/^O\d{1,2}$/),
  concept: z.string(),
  title: Text,
  section: z.string(),
  period: Period.default('none'),
  /** Replaces the concept's components for this year, when given. */
  components: z.array(Component).optional(),
  source: z.string().min(1),
  confidence: Confidence,
});
export type Item = z.infer<typeof Item>;

export const RuleSet = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  fiscalYear: z.number().int().min(2560).max(2700),
  title: Text,
  sections: z.array(z.object({ id: z.string(), title: Text })),
  items: z.array(Item).min(1),
  /** Pass mark and levels (criteria.md §2.3 and update-2568-2570.md: ผ่าน / ผ่านดี / ผ่านดีเยี่ยม, pass mark 85). */
  passMark: z.number().default(85),
  /** Optional weights per item code; equal weights when absent. */
  weights: z.record(z.string(), z.number().nonnegative()).optional(),
  source: z.string().min(1),
});
export type RuleSet = z.infer<typeof RuleSet>;
export type RuleSetInput = z.input<typeof RuleSet>;

export function defineConcept(c: ConceptInput): Concept {
  return Concept.parse(c);
}

export function defineRuleSet(r: RuleSetInput): RuleSet {
  return RuleSet.parse(r);
}
