import { z } from 'zod/mini';
import { type ClaimRecords, emptyRecords, mergeRecords } from '../store/records';
import { claimReviewNodes, type ReadIssue, type ReadRecord, readClaimReviews } from './claimreview';
import { checkIntegrity } from './integrity';
import { Actor, type Claim, Claim as ClaimSchema, Source } from './schema';

/** Files above this size are refused before parsing: the whole bundled database is far smaller. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Claims, sources and actors together (ClaimReview records for that format). */
export const IMPORT_MAX_RECORDS = 20_000;
/** Past this many problems the list ends with a count of the rest: nobody reads a thousand. */
export const IMPORT_MAX_REPORTED = 100;

export type ImportErrorCode =
  | 'too_large'
  | 'empty'
  | 'not_json'
  | 'not_container'
  | 'not_record'
  | 'unknown_format'
  | 'too_many_records'
  | 'no_records'
  | 'missing'
  | 'wrong_type'
  | 'not_allowed'
  | 'bad_id'
  | 'bad_date'
  | 'empty_text'
  | 'empty_list'
  | 'invalid'
  | 'duplicate_id'
  | 'conflicts_bundled'
  | 'unknown_actor'
  | 'unknown_source'
  | 'unknown_claim'
  | 'unknown_parent'
  | 'min_above_max'
  | 'figure_without_quantity'
  | 'integrity'
  | 'more_errors'
  | ReadIssue['code'];

/**
 * One problem: where (e.g. "claims[3]", "record 4", "" for the whole file), what (a code) and the details the
 * message needs. formatImportError turns it into English or French.
 */
export interface ImportError {
  position: string;
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

/** What the import is checked against: the bundled set and what the user imported before. */
export interface ImportContext {
  bundled: ClaimRecords;
  user: ClaimRecords;
}

export interface ImportCounts {
  /** Records in the file. */
  total: number;
  /** Not in the store yet. */
  added: number;
  /** Replacing an earlier import with the same id. */
  replaced: number;
  /** Already in the store exactly as in the file (bundled or imported before): skipped. */
  unchanged: number;
}

export interface ImportPreview {
  format: 'json' | 'claimreview';
  claims: ImportCounts;
  sources: ImportCounts;
  actors: ImportCounts;
  /** Claims to be written, per kind and per actor id. */
  byKind: Record<string, number>;
  byActor: Record<string, number>;
  /** Earliest and latest claim date among the claims to be written. */
  dateFrom: string | null;
  dateTo: string | null;
}

export type ImportResult = { ok: true; records: ClaimRecords; preview: ImportPreview } | { ok: false; errors: ImportError[] };

const LISTS = [
  ['claims', 'claim'],
  ['sources', 'source'],
  ['actors', 'actor'],
] as const;

// ---- JSON syntax errors --------------------------------------------------------------------------------------

/**
 * Where JSON.parse gave up, found by a small scanner (engines word and place their errors differently, some not
 * at all). Iterative, so deep nesting cannot overflow the stack. null when the scanner finds no error.
 */
export function jsonErrorOffset(text: string): number | null {
  const stack: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) return false;
      }
    }
    return false;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(c);
        if (c === '[') continue;
        if (!readString()) return i;
        skipSpace();
        if (text[i] !== ':') return i;
        i++;
        continue;
      }
      if (c === '"') {
        if (!readString()) return i;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else {
        number.lastIndex = i;
        if (!number.test(text)) return i;
        i = number.lastIndex;
      }
      expectValue = false;
      continue;
    }
    const open = stack[stack.length - 1];
    if (open === undefined) return i === text.length ? null : i;
    if (text[i] === (open === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ',') return i;
    i++;
    expectValue = true;
    if (open === '{') {
      skipSpace();
      if (!readString()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
    }
  }
}

function notJson(text: string): ImportError {
  const offset = jsonErrorOffset(text);
  if (offset === null) return { position: '', code: 'not_json', params: {} };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset < text.length ? JSON.stringify(text.slice(offset, offset + 1)) : '';
  return { position: '', code: 'not_json', params: { line, column, found } };
}

// ---- Validation of one record --------------------------------------------------------------------------------

/** What a value is, for messages: its type in words and, when short, itself. */
function describeValue(value: unknown): { got: string; gotValue?: string } {
  if (value === null) return { got: 'null' };
  if (Array.isArray(value)) return { got: 'list' };
  if (typeof value === 'string') return { got: 'text', gotValue: value.length > 60 ? `${value.slice(0, 57)}...` : value };
  if (typeof value === 'number' || typeof value === 'boolean') return { got: typeof value, gotValue: String(value) };
  return { got: typeof value === 'object' ? 'object' : typeof value };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const DATE_FIELDS = new Set(['date', 'until', 'by', 'published']);

/** One zod issue in words: the field as the file spells it, and what was wrong with the value found there. */
function issueToError(issue: z.core.$ZodIssue, record: ReadRecord): ImportError {
  const value = valueAt(record.value, issue.path);
  const field = record.field(issue.path.map(String).join('.'));
  const position = record.position;
  if (value === undefined) return { position, code: 'missing', params: { field } };
  const got = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      return { position, code: 'wrong_type', params: { field, expected: issue.expected, ...got } };
    case 'invalid_value':
      return { position, code: 'not_allowed', params: { field, allowed: issue.values.map(String).join(', '), ...got } };
    case 'invalid_format': {
      const last = String(issue.path[issue.path.length - 1] ?? '');
      return { position, code: DATE_FIELDS.has(last) ? 'bad_date' : 'bad_id', params: { field, ...got } };
    }
    case 'too_small':
      return { position, code: Array.isArray(value) ? 'empty_list' : 'empty_text', params: { field } };
    default:
      return { position, code: 'invalid', params: { field, ...got } };
  }
}

/** Order-independent equality of plain JSON data (stored records keep their own key order). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// ---- The import ----------------------------------------------------------------------------------------------

interface Candidates {
  format: ImportPreview['format'];
  claims: ReadRecord[];
  sources: ReadRecord[];
  actors: ReadRecord[];
  errors: ImportError[];
}

const sameName = (path: string) => path;

/** Our JSON: a ClaimDatabase, or any of its three lists alone. */
function ourJsonCandidates(json: Record<string, unknown>): Candidates | ImportError[] {
  const errors: ImportError[] = [];
  const lists: Record<string, unknown[]> = { claims: [], sources: [], actors: [] };
  for (const [name] of LISTS) {
    const value = json[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) lists[name] = value;
    else errors.push({ position: '', code: 'wrong_type', params: { field: name, expected: 'array', ...describeValue(value) } });
  }
  if (errors.length) return errors;
  const records = (name: string): ReadRecord[] =>
    (lists[name] ?? []).map((value, i) => ({ position: `${name}[${i}]`, value: value as Record<string, unknown>, field: sameName }));
  return { format: 'json', claims: records('claims'), sources: records('sources'), actors: records('actors'), errors: [] };
}

function candidatesFrom(json: unknown): Candidates | ImportError[] {
  if (typeof json !== 'object' || json === null) {
    return [{ position: '', code: 'not_container', params: describeValue(json) }];
  }
  if (!Array.isArray(json) && ('claims' in json || 'sources' in json || 'actors' in json)) {
    return ourJsonCandidates(json as Record<string, unknown>);
  }
  const nodes = claimReviewNodes(json);
  if (!nodes) return [{ position: '', code: 'unknown_format', params: {} }];
  if (nodes.length > IMPORT_MAX_RECORDS) {
    return [{ position: '', code: 'too_many_records', params: { count: nodes.length, limit: IMPORT_MAX_RECORDS } }];
  }
  return { format: 'claimreview', ...readClaimReviews(nodes) };
}

/** Sort key putting problems in file order: whole-file first, then claims, sources, actors, each by index. */
function positionRank(position: string): number {
  const m = /^(claims|sources|actors)\[(\d+)\]$|^record (\d+)$/.exec(position);
  if (!m) return -1;
  if (m[3] !== undefined) return Number(m[3]);
  return ['claims', 'sources', 'actors'].indexOf(m[1]!) * IMPORT_MAX_RECORDS * 10 + Number(m[2]);
}

const emptyCounts = (): ImportCounts => ({ total: 0, added: 0, replaced: 0, unchanged: 0 });

/**
 * Reads an import file (our JSON or schema.org ClaimReview JSON-LD) and checks every record against the schema
 * and against `context`. Either every record is good and `records` is what to write (claims flagged user: true,
 * records already stored unchanged left out), or nothing is to be written and `errors` says what is wrong with
 * each bad record.
 */
export function parseImport(text: string, context: ImportContext = { bundled: emptyRecords(), user: emptyRecords() }): ImportResult {
  const fail = (errors: ImportError[]): ImportResult => ({ ok: false, errors });
  // text.length counts UTF-16 units, never more than the UTF-8 bytes: a cheap first check before encoding.
  const bytes = text.length > IMPORT_MAX_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > IMPORT_MAX_BYTES) return fail([{ position: '', code: 'too_large', params: { bytes, limit: IMPORT_MAX_BYTES } }]);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail([{ position: '', code: 'empty', params: {} }]);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail([notJson(body)]);
  }
  const candidates = candidatesFrom(json);
  if (Array.isArray(candidates)) return fail(candidates);
  const count = candidates.claims.length + candidates.sources.length + candidates.actors.length;
  if (count > IMPORT_MAX_RECORDS) return fail([{ position: '', code: 'too_many_records', params: { count, limit: IMPORT_MAX_RECORDS } }]);
  if (count === 0 && candidates.errors.length === 0) return fail([{ position: '', code: 'no_records', params: {} }]);
  return checkCandidates(candidates, context);
}

type Valid = { claims: [ReadRecord, Claim][]; sources: [ReadRecord, Source][]; actors: [ReadRecord, Actor][] };
const SCHEMAS = { claims: ClaimSchema, sources: Source, actors: Actor } as const;

/** Each record on its own against its zod schema. */
function schemaCheck(candidates: Candidates, errors: ImportError[]): Valid {
  const valid: Valid = { claims: [], sources: [], actors: [] };
  for (const [list] of LISTS) {
    for (const record of candidates[list]) {
      if (typeof record.value !== 'object' || record.value === null || Array.isArray(record.value)) {
        errors.push({ position: record.position, code: 'not_record', params: describeValue(record.value) });
        continue;
      }
      const result = z.safeParse(SCHEMAS[list] as z.ZodMiniType, record.value);
      if (result.success) (valid[list] as [ReadRecord, unknown][]).push([record, result.data]);
      else for (const issue of result.error.issues) errors.push(issueToError(issue, record));
    }
  }
  return valid;
}

/** Ids used twice in the file. Returns the ids the file defines, per list. */
function duplicateCheck(candidates: Candidates, errors: ImportError[]): Record<'claims' | 'sources' | 'actors', Set<string>> {
  const ids = { claims: new Set<string>(), sources: new Set<string>(), actors: new Set<string>() };
  for (const [list, what] of LISTS) {
    const firstAt = new Map<string, string>();
    for (const record of candidates[list]) {
      const id = (record.value as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') continue;
      const other = firstAt.get(id);
      if (other !== undefined) errors.push({ position: record.position, code: 'duplicate_id', params: { what, id, other } });
      else firstAt.set(id, record.position);
    }
    ids[list] = new Set(firstAt.keys());
  }
  return ids;
}

/**
 * Valid records against the store: the same id as a bundled record only with the same content (then skipped),
 * the same id as an earlier import replaces it. Returns what to write and the counts for the preview.
 */
function storeCheck(candidates: Candidates, valid: Valid, context: ImportContext, errors: ImportError[]) {
  const counts = { claims: emptyCounts(), sources: emptyCounts(), actors: emptyCounts() };
  const toWrite: ClaimRecords = { claims: [], sources: [], actors: [] };
  for (const [list, what] of LISTS) {
    const bundled = new Map<string, unknown>(context.bundled[list].map((r) => [r.id, r]));
    const user = new Map<string, unknown>(context.user[list].map((r) => [r.id, r]));
    counts[list].total = candidates[list].length;
    for (const [record, data] of valid[list] as [ReadRecord, Claim | Source | Actor][]) {
      const item = list === 'claims' ? { ...(data as Claim), user: true } : data;
      const stored = bundled.get(data.id);
      if (stored !== undefined) {
        // Bundled claims carry no user flag; an export of everything brings them back unchanged.
        const comparable = list === 'claims' ? { ...(data as Claim), user: undefined } : data;
        if (sameData(stored, comparable)) counts[list].unchanged++;
        else errors.push({ position: record.position, code: 'conflicts_bundled', params: { what, id: data.id } });
        continue;
      }
      const previous = user.get(data.id);
      if (previous !== undefined && sameData(previous, item)) {
        counts[list].unchanged++;
        continue;
      }
      counts[list][previous === undefined ? 'added' : 'replaced']++;
      (toWrite[list] as unknown[]).push(item);
    }
  }
  return { counts, toWrite };
}

/**
 * References to actors, sources and claims, which must be in the file (even in a record with errors, so that each
 * problem is reported once) or already stored. Checked on every record whose fields are usable, valid or not, so
 * that one pass reports all of a record's problems.
 */
function referenceCheck(candidates: Candidates, fileIds: ReturnType<typeof duplicateCheck>, context: ImportContext, errors: ImportError[]): void {
  const known = (list: 'claims' | 'sources' | 'actors') =>
    new Set([...fileIds[list], ...context.bundled[list].map((r) => r.id), ...context.user[list].map((r) => r.id)]);
  const actors = known('actors');
  const sources = known('sources');
  const claims = known('claims');
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const items = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
  for (const record of candidates.claims) {
    const { position, value } = record;
    if (typeof value !== 'object' || value === null) continue;
    const actor = str(value.actor);
    if (actor !== undefined && !actors.has(actor)) errors.push({ position, code: 'unknown_actor', params: { id: actor, field: record.field('actor') } });
    items(value.appearances).forEach((a, i) => {
      const source = str(a.source);
      if (source !== undefined && !sources.has(source)) {
        errors.push({ position, code: 'unknown_source', params: { id: source, field: record.field(`appearances.${i}.source`) } });
      }
    });
    items(value.relations).forEach((r, i) => {
      const claim = str(r.claim);
      if (claim !== undefined && !claims.has(claim)) {
        errors.push({ position, code: 'unknown_claim', params: { id: claim, field: record.field(`relations.${i}.claim`) } });
      }
    });
  }
  for (const record of candidates.actors) {
    const partOf = str((record.value as { partOf?: unknown } | null)?.partOf);
    if (partOf !== undefined && !actors.has(partOf)) {
      errors.push({ position: record.position, code: 'unknown_parent', params: { id: partOf, field: record.field('partOf') } });
    }
  }
}

/** The two quantity rules worth a message of their own; integrityErrors catches the finer ones. */
function quantityCheck(valid: Valid, errors: ImportError[]): void {
  for (const [record, claim] of valid.claims) {
    const { position } = record;
    if (claim.stance === 'figure' && !claim.quantity) errors.push({ position, code: 'figure_without_quantity', params: {} });
    if (claim.quantity && claim.quantity.max !== null && claim.quantity.min > claim.quantity.max) {
      errors.push({
        position,
        code: 'min_above_max',
        params: { min: claim.quantity.min, max: claim.quantity.max, minField: record.field('quantity.min'), maxField: record.field('quantity.max') },
      });
    }
  }
}

function checkCandidates(candidates: Candidates, context: ImportContext): ImportResult {
  const errors: ImportError[] = [...candidates.errors];
  const valid = schemaCheck(candidates, errors);
  const fileIds = duplicateCheck(candidates, errors);
  const { counts, toWrite } = storeCheck(candidates, valid, context, errors);
  referenceCheck(candidates, fileIds, context, errors);
  quantityCheck(valid, errors);
  // The finer rules only once the rest holds, so that one mistake is not reported twice.
  if (errors.length === 0) errors.push(...integrityErrors(candidates, context, toWrite));

  if (errors.length > 0) {
    errors.sort((a, b) => positionRank(a.position) - positionRank(b.position));
    if (errors.length <= IMPORT_MAX_REPORTED) return { ok: false, errors };
    const rest = errors.length - IMPORT_MAX_REPORTED;
    return { ok: false, errors: [...errors.slice(0, IMPORT_MAX_REPORTED), { position: '', code: 'more_errors', params: { count: rest } }] };
  }
  const dates = toWrite.claims.map((c) => c.date).sort();
  const tally = (key: (c: Claim) => string) => {
    const out: Record<string, number> = {};
    for (const c of toWrite.claims) out[key(c)] = (out[key(c)] ?? 0) + 1;
    return out;
  };
  return {
    ok: true,
    records: toWrite,
    preview: {
      format: candidates.format,
      ...counts,
      byKind: tally((c) => c.kind),
      byActor: tally((c) => c.actor),
      dateFrom: dates[0] ?? null,
      dateTo: dates[dates.length - 1] ?? null,
    },
  };
}

/**
 * The database rules the schema cannot express (lib/database/integrity.ts: qualifiers against min/max, dates in
 * order, relations that make sense), for the store as it would be after the import. Problems the store already
 * had are not the file's doing and are left out.
 */
function integrityErrors(candidates: Candidates, context: ImportContext, toWrite: ClaimRecords): ImportError[] {
  const before = new Set(checkIntegrity({ version: '', ...mergeRecords(context.bundled, context.user) }));
  const after = checkIntegrity({ version: '', ...mergeRecords(context.bundled, mergeRecords(toWrite, context.user)) });
  const positions = new Map<string, string>();
  for (const [list, what] of LISTS) {
    for (const record of candidates[list]) positions.set(`${what} "${String(record.value.id)}"`, record.position);
  }
  return after
    .filter((problem) => !before.has(problem))
    .map((problem) => {
      const subject = /^(?:claim|actor|source) "[^"]*"/.exec(problem)?.[0] ?? '';
      return { position: positions.get(subject) ?? '', code: 'integrity', params: { detail: problem } };
    });
}

// ---- Messages ------------------------------------------------------------------------------------------------

export type UiLang = 'fr' | 'en';

const TYPE_NAMES: Record<UiLang, Record<string, string>> = {
  en: { number: 'a number', string: 'text', object: 'an object', array: 'a list', boolean: 'true or false', text: 'text', list: 'a list', null: 'null' },
  fr: { number: 'un nombre', string: 'du texte', object: 'un objet', array: 'une liste', boolean: 'true ou false', text: 'du texte', list: 'une liste', null: 'null' },
};

const WHAT: Record<UiLang, Record<string, string>> = {
  en: { claim: 'claim', source: 'source', actor: 'actor' },
  fr: { claim: 'affirmation', source: 'source', actor: 'acteur' },
};
const A_EN: Record<string, string> = { claim: 'a claim', source: 'a source', actor: 'an actor' };
/** French needs the article with the noun. */
const A_FR: Record<string, string> = { claim: 'une affirmation', source: 'une source', actor: 'un acteur' };
const THE_FR: Record<string, string> = { claim: 'l’affirmation', source: 'la source', actor: 'l’acteur' };
const frPosition = (position: string | number | undefined) => String(position).replace(/^record /, 'l’enregistrement ');

function gotText(p: ImportError['params'], lang: UiLang): string {
  const value = p.gotValue;
  switch (p.got) {
    case 'text':
      return lang === 'fr' ? `le texte « ${value} »` : `the text "${value}"`;
    case 'number':
      return lang === 'fr' ? `le nombre ${value}` : `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'null':
      return 'null';
    case 'list':
      return lang === 'fr' ? 'une liste' : 'a list';
    default:
      return lang === 'fr' ? 'un objet' : 'an object';
  }
}

const mb = (bytes: string | number | undefined) => (Number(bytes) / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

type Render = (p: ImportError['params'], lang: UiLang) => string;

const MESSAGES: Record<ImportErrorCode, { en: Render; fr: Render }> = {
  too_large: {
    en: (p) => `The file is ${mb(p.bytes)} MB; Recoupe imports files of at most ${mb(p.limit)} MB.`,
    fr: (p) => `Le fichier fait ${mb(p.bytes).replace('.', ',')} Mo ; Recoupe importe des fichiers de ${mb(p.limit)} Mo au plus.`,
  },
  empty: { en: () => 'The file is empty.', fr: () => 'Le fichier est vide.' },
  not_json: {
    en: (p) =>
      p.line === undefined
        ? 'The file is not valid JSON.'
        : `The file is not valid JSON: ${p.found ? `unexpected ${p.found}` : 'it ends too early'} at line ${p.line} column ${p.column}.`,
    fr: (p) =>
      p.line === undefined
        ? 'Le fichier n’est pas du JSON valide.'
        : `Le fichier n’est pas du JSON valide : ${p.found ? `${p.found} inattendu` : 'il s’arrête trop tôt'} à la ligne ${p.line}, colonne ${p.column}.`,
  },
  not_container: {
    en: (p, l) => `Expected an object or a list, got ${gotText(p, l)}.`,
    fr: (p, l) => `Un objet ou une liste était attendu, trouvé ${gotText(p, l)}.`,
  },
  not_record: {
    en: (p, l) => `a record must be an object, got ${gotText(p, l)}.`,
    fr: (p, l) => `un enregistrement doit être un objet, trouvé ${gotText(p, l)}.`,
  },
  unknown_format: {
    en: () => 'The file is JSON but neither a Recoupe database (claims, sources, actors) nor schema.org ClaimReview.',
    fr: () => 'Le fichier est du JSON, mais ni une base Recoupe (claims, sources, actors) ni du ClaimReview schema.org.',
  },
  too_many_records: {
    en: (p) => `The file holds ${p.count} records; Recoupe imports at most ${p.limit} at once.`,
    fr: (p) => `Le fichier contient ${p.count} enregistrements ; Recoupe en importe ${p.limit} au plus à la fois.`,
  },
  no_records: { en: () => 'The file holds no claims, sources or actors.', fr: () => 'Le fichier ne contient ni affirmation, ni source, ni acteur.' },
  missing: { en: (p) => `'${p.field}' is missing.`, fr: (p) => `'${p.field}' manque.` },
  wrong_type: {
    en: (p, l) => `'${p.field}' must be ${TYPE_NAMES.en[String(p.expected)] ?? p.expected}, got ${gotText(p, l)}.`,
    fr: (p, l) => `'${p.field}' doit être ${TYPE_NAMES.fr[String(p.expected)] ?? p.expected}, trouvé ${gotText(p, l)}.`,
  },
  not_allowed: {
    en: (p, l) => `'${p.field}' must be one of ${p.allowed}; got ${gotText(p, l)}.`,
    fr: (p, l) => `'${p.field}' doit valoir l’un de ${p.allowed} ; trouvé ${gotText(p, l)}.`,
  },
  bad_id: {
    en: (p, l) => `'${p.field}' must be an id of lowercase letters, digits and dashes, got ${gotText(p, l)}.`,
    fr: (p, l) => `'${p.field}' doit être un identifiant en minuscules, chiffres et tirets, trouvé ${gotText(p, l)}.`,
  },
  bad_date: {
    en: (p, l) => `'${p.field}' must be a date like 2024-10-23 or a month like 2024-10, got ${gotText(p, l)}.`,
    fr: (p, l) => `'${p.field}' doit être une date comme 2024-10-23 ou un mois comme 2024-10, trouvé ${gotText(p, l)}.`,
  },
  empty_text: { en: (p) => `'${p.field}' must not be empty.`, fr: (p) => `'${p.field}' ne doit pas être vide.` },
  empty_list: { en: (p) => `'${p.field}' needs at least one entry.`, fr: (p) => `'${p.field}' doit contenir au moins un élément.` },
  invalid: { en: (p, l) => `'${p.field}' is not valid (${gotText(p, l)}).`, fr: (p, l) => `'${p.field}' n’est pas valide (${gotText(p, l)}).` },
  duplicate_id: {
    en: (p) => `${WHAT.en[p.what!]} id '${p.id}' is used twice (also ${p.other}).`,
    fr: (p) => `l’identifiant '${p.id}' (${WHAT.fr[p.what!]}) est utilisé deux fois (aussi ${String(p.other).replace(/^record /, 'enregistrement ')}).`,
  },
  conflicts_bundled: {
    en: (p) => `the bundled database already has ${A_EN[p.what!]} with id '${p.id}' and different content.`,
    fr: (p) => `la base fournie contient déjà ${A_FR[p.what!]} d’identifiant '${p.id}', au contenu différent.`,
  },
  unknown_actor: { en: (p) => `actor '${p.id}' is not known.`, fr: (p) => `l’acteur '${p.id}' est inconnu.` },
  unknown_source: { en: (p) => `source '${p.id}' is not known.`, fr: (p) => `la source '${p.id}' est inconnue.` },
  unknown_claim: {
    en: (p) => `'${p.field}' refers to claim '${p.id}', which is not known.`,
    fr: (p) => `'${p.field}' renvoie à l’affirmation '${p.id}', qui est inconnue.`,
  },
  unknown_parent: {
    en: (p) => `'${p.field}' names actor '${p.id}', which is not known.`,
    fr: (p) => `'${p.field}' désigne l’acteur '${p.id}', qui est inconnu.`,
  },
  min_above_max: {
    en: (p) => `'${p.minField}' (${p.min}) is larger than '${p.maxField}' (${p.max}).`,
    fr: (p) => `'${p.minField}' (${p.min}) est plus grand que '${p.maxField}' (${p.max}).`,
  },
  figure_without_quantity: {
    en: () => `a claim with stance 'figure' needs a quantity.`,
    fr: () => `une affirmation de type 'figure' doit avoir une quantité.`,
  },
  not_claimreview: {
    en: (p) => `expected a ClaimReview, got ${p.got}.`,
    fr: (p) => `un ClaimReview était attendu, trouvé ${p.got}.`,
  },
  described_differently: {
    en: (p) => `${WHAT.en[p.what!]} '${p.id}' is described differently in ${p.other}.`,
    fr: (p) => `la description de ${THE_FR[p.what!]} '${p.id}' diffère de celle de ${frPosition(p.other)}.`,
  },
  integrity: { en: (p) => `the data does not hold together: ${p.detail}.`, fr: (p) => `données incohérentes : ${p.detail}.` },
  more_errors: { en: (p) => `… and ${p.count} more problems.`, fr: (p) => `… et ${p.count} autres problèmes.` },
};

/** One import problem as a sentence in the interface language, position first ("claims[3]: …"). */
export function formatImportError(error: ImportError, lang: UiLang): string {
  const message = MESSAGES[error.code][lang](error.params, lang);
  if (!error.position) return message;
  const position = lang === 'fr' ? error.position.replace(/^record /, 'enregistrement ') : error.position;
  return `${position}: ${message}`;
}
