import type { Kind } from '../claims/vocabulary';
import type { Actor, Appearance, Claim, Source } from './schema';

/**
 * Our claims as schema.org ClaimReview JSON-LD, and back, losslessly:
 *
 * - ClaimReview.claimReviewed = summary; itemReviewed is a Claim with identifier = claim id.
 * - Claim.author = the actor, an Organization (a NewsMediaOrganization for an outlet) with identifier = actor id,
 *   `name` = its first name in each language and `alternateName` = the others, as language-tagged values
 *   ({"@value", "@language"}), and parentOrganization = the actor it is partOf. Only the first mention of an actor in a file describes it; later ones are references
 *   ({identifier, name} with a plain name).
 * - Claim.temporalCoverage = date, or date/until (an ISO 8601 interval).
 * - Claim.appearance = CreativeWork per appearance: identifier = source id, url, headline = title, publisher =
 *   Organization named by the outlet, datePublished, inLanguage = the source's language; text = the quote, tagged
 *   with the appearance's language when it has one (an empty tagged text when it has a language but no quote).
 *   Only the first mention of a source carries `publisher` and the rest of its description.
 * - Claim.about = QuantitativeValue: value, minValue, maxValue, unitText, and additionalProperty PropertyValues
 *   named kind, scope, stance, qualifier, by, and one per relation (name = relation type, value = claim id).
 *   A claim without a quantity still has the QuantitativeValue, with no value, for kind, scope and stance.
 *
 * An empty relation list or an empty name list of an optional language is written as no list at all.
 *
 * Reading also takes ClaimReviews written elsewhere, as far as they say enough: a Person author, memberOf or
 * affiliation for the parent, itemReviewed.datePublished when there is no temporalCoverage; scope defaults to
 * "total", stance to "figure" when there is a figure, qualifier to "exact" for a lone value. An author or
 * appearance that only names an id (no language-tagged names, no publisher) refers to a record described
 * elsewhere in the file or already in the database.
 */

export const SCHEMA_CONTEXT = 'https://schema.org';

interface LangValue {
  '@value': string;
  '@language': string;
}
type Node = Record<string, unknown>;

const UNIT_BY_KIND: Record<Kind, string> = {
  troops: 'soldiers',
  casualties: 'soldiers killed or wounded',
  killed: 'soldiers killed',
  wounded: 'soldiers wounded',
  materiel: 'items',
  other: 'people',
};

const property = (name: string, value: string): Node => ({ '@type': 'PropertyValue', name, value });

/** Writes ClaimReviews, describing each actor and source at its first mention only. */
export class ClaimReviewWriter {
  private readonly described = { actors: new Set<string>(), sources: new Set<string>() };
  private readonly sources: Map<string, Source>;
  private readonly actors: Map<string, Actor>;

  constructor(records: { sources: readonly Source[]; actors: readonly Actor[] }) {
    this.sources = new Map(records.sources.map((s) => [s.id, s]));
    this.actors = new Map(records.actors.map((a) => [a.id, a]));
  }

  private actorNode(id: string): Node {
    const actor = this.actors.get(id);
    if (!actor || this.described.actors.has(id)) {
      return { '@type': 'Organization', identifier: id, ...(actor ? { name: actor.names.en[0] } : {}) };
    }
    this.described.actors.add(id);
    const name: LangValue[] = [];
    const alternateName: LangValue[] = [];
    for (const [lang, names] of Object.entries(actor.names)) {
      names.forEach((value, i) => (i === 0 ? name : alternateName).push({ '@value': value, '@language': lang }));
    }
    return {
      '@type': actor.outlet ? 'NewsMediaOrganization' : 'Organization',
      identifier: id,
      name,
      ...(alternateName.length ? { alternateName } : {}),
      ...(actor.partOf !== undefined ? { parentOrganization: this.actorNode(actor.partOf) } : {}),
    };
  }

  private appearanceNode(appearance: Appearance): Node {
    const node: Node = { '@type': 'CreativeWork', identifier: appearance.source };
    const source = this.sources.get(appearance.source);
    if (source && !this.described.sources.has(source.id)) {
      this.described.sources.add(source.id);
      Object.assign(node, {
        url: source.url,
        headline: source.title,
        publisher: { '@type': 'Organization', name: source.outlet },
        ...(source.published !== null ? { datePublished: source.published } : {}),
        inLanguage: source.lang,
      });
    }
    if (appearance.lang !== undefined) node.text = { '@value': appearance.quote ?? '', '@language': appearance.lang };
    else if (appearance.quote !== undefined) node.text = appearance.quote;
    return node;
  }

  private quantityNode(claim: Claim): Node {
    const q = claim.quantity;
    const properties = [property('kind', claim.kind), property('scope', claim.scope), property('stance', claim.stance)];
    if (q) properties.push(property('qualifier', q.qualifier));
    if (claim.by !== undefined) properties.push(property('by', claim.by));
    for (const relation of claim.relations ?? []) properties.push(property(relation.type, relation.claim));
    return {
      '@type': 'QuantitativeValue',
      ...(q && q.value !== null ? { value: q.value } : {}),
      ...(q ? { minValue: q.min } : {}),
      ...(q && q.max !== null ? { maxValue: q.max } : {}),
      unitText: claim.kind === 'materiel' ? claim.scope : UNIT_BY_KIND[claim.kind],
      additionalProperty: properties,
    };
  }

  claimReview(claim: Claim): Node {
    return {
      '@type': 'ClaimReview',
      claimReviewed: claim.summary,
      itemReviewed: {
        '@type': 'Claim',
        identifier: claim.id,
        author: this.actorNode(claim.actor),
        temporalCoverage: claim.until !== undefined ? `${claim.date}/${claim.until}` : claim.date,
        appearance: claim.appearances.map((a) => this.appearanceNode(a)),
        about: this.quantityNode(claim),
      },
    };
  }
}

/** A JSON-LD document holding one ClaimReview per claim. */
export function toClaimReviewDocument(records: { claims: readonly Claim[]; sources: readonly Source[]; actors: readonly Actor[] }): Node {
  const writer = new ClaimReviewWriter(records);
  return { '@context': SCHEMA_CONTEXT, '@graph': records.claims.map((c) => writer.claimReview(c)) };
}

// ---- Reading -------------------------------------------------------------------------------------------------

/** A problem found while reading ClaimReviews, as codes the import renders in the user's language. */
export interface ReadIssue {
  position: string;
  code: 'not_claimreview' | 'missing' | 'wrong_type' | 'described_differently';
  params: Record<string, string | number>;
}

/** A record read from the file, not validated yet; `field` names a schema path the way the file spells it. */
export interface ReadRecord {
  position: string;
  value: Record<string, unknown>;
  field: (path: string) => string;
}

export interface ReadResult {
  claims: ReadRecord[];
  sources: ReadRecord[];
  actors: ReadRecord[];
  errors: ReadIssue[];
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const typeOf = (node: Node): string[] => list(node['@type']).filter((t): t is string => typeof t === 'string');

/** Drops undefined entries, so that records read back compare equal to the ones written. */
function compact(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const CLAIM_FIELDS: Record<string, string> = {
  id: 'itemReviewed.identifier',
  actor: 'itemReviewed.author.identifier',
  summary: 'claimReviewed',
  date: 'itemReviewed.temporalCoverage',
  until: 'itemReviewed.temporalCoverage (end)',
  appearances: 'itemReviewed.appearance',
  'quantity.value': 'itemReviewed.about.value',
  'quantity.min': 'itemReviewed.about.minValue',
  'quantity.max': 'itemReviewed.about.maxValue',
};

function claimField(path: string): string {
  if (CLAIM_FIELDS[path]) return CLAIM_FIELDS[path];
  const appearance = /^appearances\.(\d+)\.(source|quote|lang)$/.exec(path);
  if (appearance) {
    const part = { source: 'identifier', quote: 'text', lang: 'text @language' }[appearance[2] as 'source' | 'quote' | 'lang'];
    return `itemReviewed.appearance[${appearance[1]}].${part}`;
  }
  const relation = /^relations\.(\d+)\.(type|claim)$/.exec(path);
  if (relation) return `itemReviewed.about.additionalProperty (relation ${Number(relation[1]) + 1})`;
  const name = /^(kind|scope|stance|by|quantity\.qualifier)$/.exec(path);
  if (name) return `itemReviewed.about.additionalProperty '${path.replace('quantity.', '')}'`;
  return path;
}

const SOURCE_FIELDS: Record<string, string> = {
  id: 'identifier',
  outlet: 'publisher.name',
  title: 'headline',
  url: 'url',
  lang: 'inLanguage',
  published: 'datePublished',
};

function actorField(prefix: string) {
  return (path: string) => {
    const names = /^names\.(\w+)(\.\d+)?$/.exec(path);
    if (names) return `${prefix}.name (${names[1]})`;
    return `${prefix}.${{ id: 'identifier', partOf: 'parentOrganization.identifier' }[path] ?? path}`;
  };
}

/** A JSON-LD text: a string, or a value object whose @value is a string. */
function textOf(value: unknown): { text: unknown; lang?: unknown } {
  if (isNode(value) && '@value' in value) return { text: value['@value'], lang: value['@language'] };
  return { text: value };
}

/** Reads ClaimReview nodes into candidate claims, sources and actors; positions are "record N" (from 1). */
export function readClaimReviews(nodes: readonly unknown[]): ReadResult {
  const result: ReadResult = { claims: [], sources: [], actors: [], errors: [] };
  const described = { sources: new Map<string, ReadRecord>(), actors: new Map<string, ReadRecord>() };

  /** Keeps one description per id; a second one must say the same. */
  const describe = (kind: 'sources' | 'actors', record: ReadRecord) => {
    const id = record.value.id;
    if (typeof id !== 'string') {
      result[kind].push(record);
      return;
    }
    const first = described[kind].get(id);
    if (!first) {
      described[kind].set(id, record);
      result[kind].push(record);
    } else if (!sameJson(first.value, record.value)) {
      result.errors.push({
        position: record.position,
        code: 'described_differently',
        params: { what: kind === 'sources' ? 'source' : 'actor', id, other: first.position },
      });
    }
  };

  const readActor = (node: Node, position: string, prefix: string): unknown => {
    const id = node.identifier;
    const tagged = [...list(node.name), ...list(node.alternateName)].filter(
      (n): n is LangValue => isNode(n) && typeof n['@language'] === 'string',
    );
    const parentNode = node.parentOrganization ?? node.memberOf ?? node.affiliation;
    const parent = isNode(parentNode) ? readActor(parentNode, position, `${prefix}.parentOrganization`) : undefined;
    // Without language-tagged names the node only refers to an actor described elsewhere.
    if (tagged.length === 0) return id;
    const names: Record<string, unknown[]> = {};
    for (const n of tagged) (names[n['@language']] ??= []).push(n['@value']);
    const outlet = node['@type'] === 'NewsMediaOrganization' ? true : undefined;
    describe('actors', { position, value: compact({ id, names, partOf: parent, outlet }), field: actorField(prefix) });
    return id;
  };

  const readAppearance = (node: unknown, position: string, i: number): unknown => {
    if (!isNode(node)) return node;
    const { text, lang } = textOf(node.text);
    if (isNode(node.publisher)) {
      const prefix = `itemReviewed.appearance[${i}]`;
      describe('sources', {
        position,
        value: compact({
          id: node.identifier,
          outlet: node.publisher.name,
          title: node.headline ?? node.name ?? '',
          url: node.url,
          lang: node.inLanguage,
          published: node.datePublished ?? null,
        }),
        field: (path) => `${prefix}.${SOURCE_FIELDS[path] ?? path}`,
      });
    }
    return compact({ source: node.identifier, quote: text === '' ? undefined : text, lang });
  };

  const readQuantity = (about: Node, properties: Map<string, unknown>): unknown => {
    const { value, minValue, maxValue } = about;
    if (value === undefined && minValue === undefined && maxValue === undefined) return undefined;
    const min = minValue ?? value;
    const max = maxValue ?? (minValue === undefined ? value : null);
    const qualifier = properties.get('qualifier') ?? (value !== undefined && min === value && max === value ? 'exact' : undefined);
    return compact({ value: value ?? null, min, max, qualifier });
  };

  nodes.forEach((node, i) => {
    const position = `record ${i + 1}`;
    if (!isNode(node) || !typeOf(node).includes('ClaimReview')) {
      const got = isNode(node) ? (typeOf(node).join(', ') || 'no @type') : Array.isArray(node) ? 'a list' : typeof node;
      result.errors.push({ position, code: 'not_claimreview', params: { got } });
      return;
    }
    const item = node.itemReviewed;
    if (!isNode(item)) {
      const got = Array.isArray(item) ? 'list' : item === null ? 'null' : typeof item === 'string' ? 'text' : typeof item;
      const params: ReadIssue['params'] = { field: 'itemReviewed', expected: 'object', got };
      if (typeof item === 'string' || typeof item === 'number') params.gotValue = String(item);
      result.errors.push({ position, code: item === undefined ? 'missing' : 'wrong_type', params });
      return;
    }
    const about = isNode(item.about) ? item.about : {};
    const properties = new Map<string, unknown>();
    const relations: unknown[] = [];
    for (const p of list(about.additionalProperty)) {
      if (!isNode(p) || typeof p.name !== 'string') continue;
      if (p.name === 'revises' || p.name === 'includes' || p.name === 'misreports') relations.push({ type: p.name, claim: p.value });
      else properties.set(p.name, p.value);
    }
    const coverage = item.temporalCoverage ?? item.datePublished;
    const [date, until] = typeof coverage === 'string' && coverage.includes('/') ? coverage.split('/', 2) : [coverage, undefined];
    const quantity = readQuantity(about, properties);
    const author = isNode(item.author) ? readActor(item.author, position, 'itemReviewed.author') : item.author;
    const appearances = list(item.appearance).map((a, j) => readAppearance(a, position, j));
    result.claims.push({
      position,
      field: claimField,
      value: compact({
        id: item.identifier,
        actor: author,
        stance: properties.get('stance') ?? (quantity !== undefined ? 'figure' : undefined),
        kind: properties.get('kind'),
        // "total" is the vocabulary's default scope.
        scope: properties.get('scope') ?? 'total',
        quantity,
        date,
        until,
        by: properties.get('by'),
        summary: node.claimReviewed,
        appearances,
        relations: relations.length ? relations : undefined,
      }),
    });
  });
  return result;
}

/** The ClaimReview nodes of a parsed JSON-LD document: one node, a list, or a document with @graph. */
export function claimReviewNodes(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!isNode(json)) return null;
  if (Array.isArray(json['@graph'])) return json['@graph'];
  if (json['@type'] !== undefined) return [json];
  return null;
}
