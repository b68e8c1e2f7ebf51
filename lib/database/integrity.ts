import type { Quantity } from '../claims/vocabulary';
import type { Claim, ClaimDatabase } from './schema';

/**
 * Everything wrong with a claim database that its zod schema cannot see: ids, references between records, dates,
 * quantities and relations. Returns one human-readable line per problem, [] when the database is sound. Used on
 * the bundled data (tests, build) and on user imports.
 */
export function checkIntegrity(db: ClaimDatabase): string[] {
  return [
    ...duplicateIds(db),
    ...db.actors.flatMap((actor) => actorProblems(actor, db)),
    ...db.sources.flatMap((source) =>
      source.published !== null && !isCalendarDate(source.published)
        ? [`source "${source.id}": published ${source.published} is not a calendar date`]
        : [],
    ),
    ...claimProblems(db),
  ];
}

function duplicateIds(db: ClaimDatabase): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const records: [string, { id: string }[]][] = [
    ['actor', db.actors],
    ['source', db.sources],
    ['claim', db.claims],
  ];
  for (const [what, list] of records) {
    for (const { id } of list) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, what);
      else problems.push(`duplicate id "${id}" (${first} and ${what})`);
    }
  }
  return problems;
}

function actorProblems(actor: ClaimDatabase['actors'][number], db: ClaimDatabase): string[] {
  const problems: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const names = actor.names[lang] as string[] | undefined;
    if (!names || names.length === 0 || names.some((name) => name.trim() === '')) {
      problems.push(`actor "${actor.id}": needs a ${lang} name, and no blank names`);
    }
  }
  if (actor.partOf !== undefined) {
    if (actor.partOf === actor.id) problems.push(`actor "${actor.id}": partOf itself`);
    else if (!db.actors.some((other) => other.id === actor.partOf)) {
      problems.push(`actor "${actor.id}": partOf unknown actor "${actor.partOf}"`);
    } else if (partOfLoops(actor.id, db)) {
      // A loop would make "is this actor part of that one?" walk forever.
      problems.push(`actor "${actor.id}": partOf chain loops back to itself`);
    }
  }
  return problems;
}

function partOfLoops(start: string, db: ClaimDatabase): boolean {
  const parentOf = new Map(db.actors.map((actor) => [actor.id, actor.partOf]));
  const visited = new Set<string>();
  let current = parentOf.get(start);
  while (current !== undefined) {
    if (current === start) return true;
    if (visited.has(current)) return false; // a loop further up, reported for its own members
    visited.add(current);
    current = parentOf.get(current);
  }
  return false;
}

function claimProblems(db: ClaimDatabase): string[] {
  const actors = new Set(db.actors.map((actor) => actor.id));
  const sources = new Set(db.sources.map((source) => source.id));
  const claims = new Map(db.claims.map((claim) => [claim.id, claim]));
  return db.claims.flatMap((claim) => {
    const at = `claim "${claim.id}"`;
    const problems: string[] = [];
    if (!actors.has(claim.actor)) problems.push(`${at}: unknown actor "${claim.actor}"`);
    if (claim.appearances.length === 0) problems.push(`${at}: has no appearance`);
    for (const appearance of claim.appearances) {
      if (!sources.has(appearance.source)) problems.push(`${at}: unknown source "${appearance.source}"`);
    }
    problems.push(...dateProblems(claim).map((problem) => `${at}: ${problem}`));
    if (claim.stance === 'figure' && claim.quantity === undefined) {
      problems.push(`${at}: stance "figure" needs a quantity`);
    }
    if (claim.stance !== 'figure' && claim.quantity !== undefined) {
      problems.push(`${at}: stance "${claim.stance}" must not have a quantity`);
    }
    if (claim.quantity !== undefined) {
      problems.push(...quantityProblems(claim.quantity).map((problem) => `${at}: ${problem}`));
    }
    for (const relation of claim.relations ?? []) {
      const target = claims.get(relation.claim);
      if (relation.claim === claim.id) problems.push(`${at}: ${relation.type} itself`);
      else if (target === undefined) problems.push(`${at}: ${relation.type} unknown claim "${relation.claim}"`);
      else problems.push(...relationProblems(claim, relation.type, target).map((problem) => `${at}: ${problem}`));
    }
    return problems;
  });
}

function dateProblems(claim: Claim): string[] {
  const problems: string[] = [];
  for (const [field, value] of [
    ['date', claim.date],
    ['until', claim.until],
    ['by', claim.by],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) problems.push(`${field} ${value} is not a calendar date`);
  }
  if (claim.until !== undefined && endOf(claim.until) < startOf(claim.date)) {
    problems.push(`until ${claim.until} is before date ${claim.date}`);
  }
  if (claim.by !== undefined && endOf(claim.by) < startOf(claim.date)) {
    problems.push(`by ${claim.by} is before date ${claim.date}`);
  }
  return problems;
}

/** The rules of lib/claims/vocabulary.ts: how each qualifier places value within [min, max]. */
function quantityProblems(quantity: Quantity): string[] {
  const { value, min, max, qualifier } = quantity;
  const problems: string[] = [];
  const shown = `${qualifier} {value: ${value}, min: ${min}, max: ${max}}`;
  if (min < 0) problems.push(`${shown}: min is negative`);
  if (max !== null && max < min) problems.push(`${shown}: max is below min`);
  if (value !== null && (value < min || (max !== null && value > max))) {
    problems.push(`${shown}: value is outside [min, max]`);
  }
  if (qualifier === 'vague' && value !== null) problems.push(`${shown}: vague needs value null`);
  if (qualifier !== 'vague' && value === null) problems.push(`${shown}: value is missing`);
  switch (qualifier) {
    case 'exact':
    case 'approx':
      if (min !== value || max !== value) problems.push(`${shown}: ${qualifier} needs min = max = value`);
      break;
    case 'more_than':
    case 'at_least':
      if (max !== null || min !== value) problems.push(`${shown}: ${qualifier} needs min = value and max null`);
      break;
    case 'up_to':
    case 'less_than':
      if (max === null || max !== value) problems.push(`${shown}: ${qualifier} needs max = value`);
      break;
    case 'range':
      if (max === null || max <= min || min !== value) problems.push(`${shown}: range needs min = value and max > min`);
      break;
    case 'vague':
      break;
  }
  return problems;
}

function relationProblems(claim: Claim, type: 'revises' | 'includes' | 'misreports', target: Claim): string[] {
  if (type === 'misreports') {
    const targetSources = new Set(target.appearances.map((appearance) => appearance.source));
    const shared = claim.appearances.filter((appearance) => targetSources.has(appearance.source));
    // A source cannot both carry a figure and be the one that distorts it: the distortion must be another outlet's.
    return shared.length > 0
      ? [`misreports "${target.id}" but shares its source "${shared[0]?.source}"`]
      : [];
  }
  if (type === 'revises') {
    const problems: string[] = [];
    if (target.actor !== claim.actor) {
      problems.push(`revises "${target.id}" of another actor ("${target.actor}", not "${claim.actor}")`);
    }
    if (startOf(claim.date) < startOf(target.date)) {
      problems.push(`revises "${target.id}", which is later (${target.date} after ${claim.date})`);
    }
    return problems;
  }
  return [];
}

/** IsoDate allows 2024-02-31; a real day is also required. */
function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) return false;
  if (day === undefined) return true;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// A month-only date ("2024-12") covers the whole month: it starts on the 1st and ends on the last day.
function startOf(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

function endOf(date: string): string {
  return date.length === 7 ? `${date}-31` : date;
}
