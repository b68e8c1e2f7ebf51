/**
 * Matching a page's figure against the claim database, and the verdict.
 *
 * THE RULE. A page figure and a database claim are about the same thing when the kind is the same (casualties,
 * killed and wounded are three things), the scopes fit (scope.ts: strict = the same count, loose = a page's wording
 * of it), and the time fits (time.ts). Time: the moment is the figure's own date, else the page's; the page may
 * report any claim made by its publication (an event of 8-13 Oct told on 24 Oct reports the claim of 18 Oct). An
 * undated page is dated from the claims its figures reproduce (pageTime); with nothing to date it, every date counts.
 * Then:
 *
 * 1. The credited actor's own record rules. "Own" = claims by the actor the page credits or one related by partOf
 *    (a page crediting Seoul may quote the NIS or the JCS). When the page credits nobody, every actor's record is
 *    "own". If an own claim the page may be reporting (made by the page's date) has the same figure (agreement.ts),
 *    the figure is CORROBORATED; a loosely fitting claim counts only with the very same number when an own figure
 *    for strictly the same thing at that moment disagrees. The credited actor's very same number for another count
 *    of the same kind (its 500 officers, for "500 of them") also corroborates: the page words that count loosely.
 *    An unattributed figure that the page credits elsewhere (the same number and kind, one actor: a headline over
 *    the body's "the NIS said about 2,000 wounded were repatriated") is held to that credit for this purpose.
 *    The same actor's other figures for that thing, earlier
 *    or later or linked by 'revises', are evolution: context, never conflict (NIS 1 500 on 18 Oct, 3 000 on 23 Oct).
 * 2. Other actors' different figures for the same thing at the same time are "other estimates": context, never
 *    conflict. Budanov's 12 000 does not make a page quoting the NIS's 3 000 conflicting.
 * 3. When no own claim supports the figure as stated:
 *    a. distortions conflict: an own killed-and-wounded total restated as deaths (or as wounded only), a death toll
 *       restated as casualties, a subtotal counted on top of the total that already includes it ('includes'
 *       relations, or for losses the same actor's death toll given with the total). A distortion the page reproduces
 *       to the very number conflicts even when a claim agrees only approximately (then mixed), not when a claim
 *       has that very number. A plan restated as troops already there ('planned_as_deployed'): a page's count in
 *       Russia or in Kursk whose only own support is a plan or expectation (scope 'planned', or a count with a
 *       deadline) conflicts when, at the figure's moment, the plan's author said fewer were there (NIS: ~12 000 to
 *       go and 1 500 gone on 18 Oct); the plan and that count are both listed. A count that agrees only
 *       approximately (Budanov's ~11 000, for an unattributed 12 000) does not clear the plan's very number: then
 *       mixed. Not when the figure has no moment (an undated page nothing dates), when its sentence words a plan
 *       anywhere (detection's own plan words), or when the page itself gives the author's count of those there (it
 *       tells the plan apart: its N is the plan worded loosely), unless the figure's own sentence says they are
 *       there already ("now in Russia", "bereits in Russland");
 *    b. otherwise, an own figure for strictly the same thing at the same moment (within COMPARABLE_DAYS) that
 *       disagrees conflicts ('differs'); for an unattributed figure that means no source gave it then. Only an
 *       estimator's record refutes that way a figure another actor gave then: see c;
 *    c. a credited figure that another actor gave at the same moment (the same number, strictly the same thing)
 *       conflicts as 'wrong_actor' (attribution drift: Kirby's 3 000 credited to the Pentagon, the NIS's 600 dead
 *       credited to the Pentagon) when the credited actor is an office of the same government as the owner, or an
 *       ESTIMATOR that publishes figures of that family (troops; losses = casualties, killed, wounded; each other
 *       kind alone). An estimator is an actor whose government (all actors under its top actor) publishes figures
 *       of both NK troops and NK losses: the intelligence services and governments (Seoul, Kyiv, Washington, the UK
 *       MoD, Western officials). Pyongyang (its own dead only), Moscow (its engineers only) and news outlets (AP,
 *       Politico: a relayed troop figure) are not: a page crediting them with an estimator's figure relays it, or
 *       names the sentence's subject ("Pyongyang decided to send 12 000"); it is corroborated ('other_actor'),
 *       and their own different figure is no refutation. Without an estimator's very number, their own record
 *       still rules (Pyongyang credited with 900 dead when it said 350: 'differs');
 *    d. failing a-c, the same number for strictly the same thing from another actor at an earlier time
 *       corroborates ('other_actor'): the credited actor may have repeated it (UK MoD's "~11,000 initially
 *       deployed").
 *    Vague figures ("several thousand") support weakly and never conflict on their own.
 * 4. Known distortions always conflict: a figure the database records as an outlet's misreport ('misreports'; the
 *    same number, strictly the same thing, credited as in the misreport) conflicts with the original claim even
 *    when something else supports it, unless the page reports the original at least as closely.
 *    A figure that is a planned total minus the present count, given together, is arithmetic, not 'differs'.
 * Verdict: mixed = corroborating and conflicting claims both (a known misreport that another claim supports, an exact
 * double count that another source's open bound fits);
 * corroborated, conflicting, or unverified (neither). The same actor's different figures on the same day are
 * context, not a mixed verdict: databases split a statement into sub-counts (a batch sent and a batch planned).
 * The page's own appearances never count: a claim known only from this page supports nothing here.
 */
import type { Kind, Quantity } from '../claims/vocabulary';
import type { ClaimDatabase } from '../database/schema';
import type { FoundClaim } from '../detect/found-claim';
import { SCOPE_CUES } from '../detect/kind-words';
import { perLang } from '../detect/lexicon';
import { tokenize } from '../numbers/tokens';
import { agreement, EXACT_TOLERANCE, pointOf, sumOf, type Agreement } from './agreement';
import { related } from './actors';
import { indexDatabase, type ClaimIndex, type IndexedAppearance, type IndexedClaim } from './claim-index';
import type { Ground, MatchedClaim, MatchResult, Reason, ReasonCode } from './match-result';
import { pageSources } from './page-source';
import { kindKey, sameThing, scopeFit, type Fit } from './scope';
import { COMPARABLE_DAYS, couldReport, gapDays, later, sameMoment, spanOf, type Span } from './time';

/** The page being scanned: its address (or seed file path) and publication date, when known. */
export interface MatchPage {
  url?: string;
  published?: string | null;
}

/** Longest corroborating / conflicting list kept per figure (the card shows a few; `others` counts the rest). */
export const MAX_LISTED = 5;
/** Longest context list kept per figure. */
export const MAX_CONTEXT = 6;

/** Which conflict explains a figure best, first wins. */
const CONFLICT_ORDER: Ground[] = [
  'known_misreport',
  'casualties_as_killed',
  'casualties_as_wounded',
  'killed_as_casualties',
  'subtotal_added',
  'planned_as_deployed',
  'differs',
  'wrong_actor',
];
const SUPPORT_ORDER: Ground[] = ['agrees', 'agrees_weakly', 'other_actor'];

const indexes = new WeakMap<ClaimDatabase, ClaimIndex>();

/** The index of a database, built on first use and kept while the database object lives. */
export function indexOf(db: ClaimDatabase): ClaimIndex {
  let index = indexes.get(db);
  if (!index) {
    index = indexDatabase(db);
    indexes.set(db, index);
  }
  return index;
}

/**
 * Matches every figure found in a page; results come in the same order. An undated page is dated from the figures
 * it reports (see pageTime).
 */
export function matchClaims(found: readonly FoundClaim[], db: ClaimDatabase | ClaimIndex, page: MatchPage = {}): MatchResult[] {
  const index = 'byKind' in db ? db : indexOf(db);
  const self = pageSources(index.sources, page.url);
  const published = spanOf(page.published);
  const time: PageTime = { published, inferred: published === null ? pageTime(found, index, self) : null, figures: found };
  return found.map((f) => decide(f, index, time, self));
}

/** Matches one figure (for many figures of one page, matchClaims resolves the page's own sources once). */
export function matchClaim(found: FoundClaim, index: ClaimIndex, page: MatchPage = {}): MatchResult {
  return matchClaims([found], index, page)[0] as MatchResult;
}

/**
 * The time of an undated page, from the claims it reports. Each figure that is the very number of a claim for
 * strictly the same thing (the credited actor's, or anyone's for an unattributed figure) was written no earlier than
 * the first such claim; the page, no earlier than the latest of these dates. News pages report recent figures, so
 * the page is taken to date from then to COMPARABLE_DAYS after. Without it every claim ever made would count as "at
 * the time": the actor's later figures would support a distortion, its earlier ones contradict a correct figure.
 * A figure the text dates reports only claims made by its date. A figure that no claim for strictly its count
 * has may be dated by a loss count over a stated period with its number. Null when no figure is any claim's number
 * (the page is then compared with every date).
 */
export function pageTime(found: readonly FoundClaim[], index: ClaimIndex, self: ReadonlySet<string>): Span | null {
  let latest: number | null = null;
  for (const f of found) {
    if (f.qualifier === 'vague' || f.value === null) continue;
    const ctx = contextFor(f, index, self, UNDATED);
    // Losses over a stated period are often quoted without it ("at least 30 killed or wounded" for the GUR's 30 of
    // 14-15 Dec): such a dated event dates the page as well, when no claim for strictly that count does.
    const fits = (claim: IndexedClaim['claim']) => {
      const fit = sameThing(f, claim);
      return fit === 'strict' || (fit === 'loose' && claim.scope === 'period') ? fit : null;
    };
    const first: Record<Fit, number | null> = { strict: null, loose: null };
    // A credited figure that none of its actor's claims supports, but another source gives for strictly the same
    // count (a figure credited to the wrong source), still shows when the page was written.
    let elsewhere: number | null = null;
    for (const c of gather(ctx, f.kind, f.scope, fits)) {
      if (!couldReport(c.ic.span, ctx.horizon)) continue;
      // The very same number: an open bound ("more than 5 300") agrees with every later, larger figure.
      if (c.agr !== 'agree' || distance(f, c.ic.quantity) > EXACT_TOLERANCE || c.ic.misreports.length > 0) continue;
      if (!c.own) {
        if (f.actor !== null && c.fit === 'strict' && (elsewhere === null || c.ic.span.start < elsewhere)) elsewhere = c.ic.span.start;
        continue;
      }
      const seen = first[c.fit];
      if (seen === null || c.ic.span.start < seen) first[c.fit] = c.ic.span.start;
    }
    const ownAgrees = () =>
      gather(ctx, f.kind, f.scope, (claim) => sameThing(f, claim)).some((c) => c.own && c.agr === 'agree' && couldReport(c.ic.span, ctx.horizon));
    // Failing those, the credited actor's very number for another count of the same kind, or a loosely fitting one
    // (its ~5 000 construction troops, for "about 5 000 troops" credited to it), is what the page words loosely;
    // unless another source gave that number for strictly this count: then the credit may be the distortion.
    const fallback = elsewhere === null ? (f.actor !== null ? otherCountDate(f, ctx) : null) : !ownAgrees() ? elsewhere : null;
    const dated = first.strict ?? first.loose ?? fallback;
    if (dated !== null && (latest === null || dated > latest)) latest = dated;
  }
  return latest === null ? null : { start: latest, end: latest + COMPARABLE_DAYS };
}

/**
 * The first date the figure's credited actor gave its very number for another count of the same kind, or one that
 * fits only loosely (its ~5 000 construction troops, for "about 5 000 troops" credited to it).
 */
function otherCountDate(f: FoundClaim, ctx: Context): number | null {
  let first: number | null = null;
  const otherCount = (claim: IndexedClaim['claim']) => (claim.kind === f.kind && sameThing(f, claim) !== 'strict' ? 'loose' : null);
  for (const c of gather(ctx, f.kind, f.scope, otherCount)) {
    if (!c.own || c.agr !== 'agree' || c.ic.quantity.qualifier === 'vague' || c.ic.misreports.length > 0) continue;
    if (distance(f, c.ic.quantity) > EXACT_TOLERANCE || !couldReport(c.ic.span, ctx.horizon)) continue;
    if (first === null || c.ic.span.start < first) first = c.ic.span.start;
  }
  return first;
}

interface Candidate {
  ic: IndexedClaim;
  fit: Fit;
  agr: Agreement;
  own: boolean;
  /** Appearances other than the page itself. */
  appearances: IndexedAppearance[];
}

interface Listed {
  c: Candidate;
  why: Ground;
  part?: Quantity;
  /** For a distortion: the page's number is the very number the distortion produces (600 + 4 700 = 5 300). */
  exact?: boolean;
  /** For a plan restated as deployed: the count the same actor said was there at the time. */
  present?: Candidate;
}

interface Context {
  found: FoundClaim;
  index: ClaimIndex;
  self: ReadonlySet<string>;
  credited: string | null;
  /** The moment the figure describes: its own date, else the page's. */
  when: Span | null;
  /** How late a claim the page may report: the later of the figure's date and the page's. */
  horizon: Span | null;
  /**
   * For a figure timed only by the page's inferred time: the latest claim the page surely knows (the one that dates
   * it). Null when the page or the figure is dated.
   */
  known: Span | null;
  /** Every figure found in the page, this one included. */
  figures: readonly FoundClaim[];
}

/** The page's publication date, or failing it the time inferred from its figures (pageTime). */
interface PageTime {
  published: Span | null;
  inferred: Span | null;
  /** Every figure found in the page. */
  figures: readonly FoundClaim[];
}

const UNDATED: PageTime = { published: null, inferred: null, figures: [] };

/**
 * A figure the text dates describes that date, and the page may report claims made up to its publication (an event
 * of 8-13 Oct told on 24 Oct reports the claim of 18 Oct about it). The inferred time of an undated page only
 * stands in for figures the text does not date: the text's own date is better evidence than a guess.
 */
function contextFor(found: FoundClaim, index: ClaimIndex, self: ReadonlySet<string>, page: PageTime): Context {
  const credited = found.actor !== null && index.actors.has(found.actor) ? found.actor : null;
  const dated = spanOf(found.date);
  const published = dated === null ? (page.published ?? page.inferred) : page.published;
  const known = dated === null && page.published === null && page.inferred !== null ? { start: page.inferred.start, end: page.inferred.start } : null;
  return { found, index, self, credited, when: dated ?? published, horizon: later(dated, published), known, figures: page.figures };
}

function decide(found: FoundClaim, index: ClaimIndex, page: PageTime, self: ReadonlySet<string>): MatchResult {
  const ctx = contextFor(found, index, self, page);
  const { credited, when, horizon } = ctx;
  // "10 000 au total d'ici décembre": a total tied to a deadline is a planned total.
  const scope = found.scope === 'total' && found.period?.startsWith('by') ? 'planned' : found.scope;
  const subject = { kind: found.kind, scope };
  const vague = found.qualifier === 'vague' || found.value === null;

  const candidates = gather(ctx, subject.kind, subject.scope, (claim) => sameThing(subject, claim));
  const reported = (c: Candidate) => couldReport(c.ic.span, horizon);
  const now = (c: Candidate) => sameMoment(c.ic.span, when, horizon);
  const firm = (c: Candidate) => c.fit === 'strict' && !vague && c.ic.quantity.qualifier !== 'vague';

  const misreported = candidates.filter((c) => c.ic.misreports.length > 0);
  const record = candidates.filter((c) => c.ic.misreports.length === 0);
  // A loosely fitting figure (a plan, a batch) does not outweigh the actor's own figure for strictly the same thing
  // at that moment unless it is the very same number: "NIS: 11 000 in Russia" on 23 Oct is not saved by the NIS's
  // plan of ~10 000 when the NIS said 3 000 were there.
  const contradicted = record.some((c) => c.own && c.agr === 'disagree' && firm(c) && now(c));
  const sameNumber = (c: Candidate) => distance(found, c.ic.quantity) <= EXACT_TOLERANCE;
  // An undated page may report claims made after the latest one it reproduces, but one that only approximately
  // agrees is no evidence the page knew it: "près de 11 000" credited to the Pentagon on a page that reproduces the
  // claims of 17-18 Oct is not the Pentagon's ~10 000 of 28 Oct.
  const known = (c: Candidate) => sameNumber(c) || ctx.known === null || couldReport(c.ic.span, ctx.known);
  const ownAgree = record.filter(
    (c) => c.own && c.agr !== 'disagree' && reported(c) && known(c) && (c.fit === 'strict' || !contradicted || sameNumber(c)),
  );
  // The credited actor gave this very number for another count of the same kind ("500" for its 500 officers among
  // 12 000, "2 000 wounded" for the 2 000 wounded it said were repatriated): the page words that count loosely; it
  // is not a different figure. Only with the credited actor: the same number from anyone, for anything, is chance.
  // A headline or summary line repeats unattributed the figure the page credits elsewhere (the same number of the
  // same kind): that credit stands for it.
  const teller = credited ?? (vague ? null : echoedCredit(ctx));
  if (teller !== null && !vague) {
    const otherCount = (claim: IndexedClaim['claim']) => (claim.kind === subject.kind && sameThing(subject, claim) === null ? 'loose' : null);
    for (const c of gather(ctx, subject.kind, subject.scope, otherCount)) {
      const stated = c.ic.quantity.qualifier !== 'vague' && c.ic.misreports.length === 0;
      const own = related(index.actors, teller, c.ic.claim.actor);
      if (own && stated && c.agr === 'agree' && sameNumber(c) && reported(c)) ownAgree.push(c);
    }
  }
  // Another actor's figure counts (as support or as the true owner of a misattributed figure) only when it is the
  // same number for strictly the same count: approximate agreement (11 000 vs 10 000) is too loose to say a figure
  // travelled from one actor to another. Losses over a stated period are that count too, as pages quote them without
  // the period ("the Pentagon said at least 30 were killed or wounded", for the GUR's 30 of 14-15 Dec).
  const sameCount = (c: Candidate) => c.fit === 'strict' || c.ic.claim.scope === 'period';
  const otherAgree = record.filter((c) => !c.own && c.agr === 'agree' && sameCount(c) && sameNumber(c) && reported(c));

  // A plan restated as troops already there supports nothing: it is the distortion (rule 3a).
  const deployed = plannedAsDeployed(ctx, subject.scope, candidates, ownAgree, now);
  const backing = ownAgree.filter((c) => !deployed.some((l) => l.c === c));

  const support: Listed[] = backing.map((c) => ({ c, why: c.agr === 'agree' ? 'agrees' : 'agrees_weakly' }));
  const conflict: Listed[] = [...deployed];
  for (const l of deployed) if (l.present) conflict.push({ c: l.present, why: 'differs' });

  // A known misreport is recognised by its very number, for strictly the same thing, credited as the misreport is;
  // a page that reports the original at least as closely is reporting the original.
  for (const m of misreported) {
    if (!m.own || m.fit !== 'strict' || m.agr !== 'agree' || !reported(m) || !sameNumber(m)) continue;
    for (const id of m.ic.misreports) {
      const original = candidateFor(ctx, id);
      if (!original) continue;
      const reportsOriginal =
        sameThing(subject, original.ic.claim) !== null &&
        original.own &&
        original.agr !== 'disagree' &&
        distance(found, original.ic.quantity) <= distance(found, m.ic.quantity);
      if (!reportsOriginal) conflict.push({ c: original, why: 'known_misreport' });
    }
  }

  // A distortion is recognised by its very number: one the page reproduces exactly (600 + 4 700 printed as 5 300)
  // stands even when some claim agrees only approximately ("more than 5 000" from another source); then the figure
  // is mixed. A claim with the very same number explains the figure better than any distortion.
  const exactly = backing.some(sameNumber);
  const distorted = vague || exactly ? [] : distortions(ctx, subject.kind, subject.scope, candidates);
  conflict.push(...(backing.length === 0 ? distorted : distorted.filter((l) => l.exact)));
  if (backing.length === 0 && distorted.length === 0 && !isRemainder(found, record.filter((c) => c.own))) {
    const relayed = otherAgree.filter((c) => !vague && c.ic.quantity.qualifier !== 'vague' && now(c));
    // A figure credited to an actor that is no estimator (rule 3c), which an estimator gave at that moment, is
    // that estimator's figure relayed or merely mentioned: the credited actor's own other figure does not refute it.
    const refutable = credited === null || relayed.length === 0 || isEstimator(index, credited);
    const differing = refutable ? record.filter((c) => c.own && c.agr === 'disagree' && firm(c) && now(c)) : [];
    conflict.push(...differing.map((c): Listed => ({ c, why: 'differs' })));
    if (credited !== null) {
      const drifted = relayed.filter((c) => couldDrift(ctx, subject.kind, subject.scope, c));
      conflict.push(...drifted.map((c): Listed => ({ c, why: 'wrong_actor' })));
    }
  }
  // Other actors' figure corroborates unless the credited actor's own record explained the figure as a conflict.
  if (backing.length > 0 || conflict.length === 0) {
    support.push(...otherAgree.map((c): Listed => ({ c, why: 'other_actor' })));
  }
  // A claim the page contradicts, misreports or misattributes is not also listed as support.
  const blamed = new Set(conflict.map((l) => l.c.ic.claim.id));

  const order = { credited, when, scope: subject.scope, figure: found, index };
  const corroborating = rank(support.filter((l) => !blamed.has(l.c.ic.claim.id)), SUPPORT_ORDER, order);
  const conflicting = rank(conflict, CONFLICT_ORDER, order);
  const listed = new Set([...corroborating, ...conflicting].map((l) => l.c.ic.claim.id));
  // "At the time" for an undated page: the time of the claim it matches best (none: no other estimates shown).
  const anchor = when ?? corroborating[0]?.c.ic.span ?? null;
  const whose = credited ?? corroborating[0]?.c.ic.claim.actor ?? null;
  const context = contextOf(ctx, record, backing, listed, whose, (c) => anchor !== null && sameMoment(c.ic.span, anchor, later(anchor, horizon)));

  const verdict =
    corroborating.length && conflicting.length
      ? 'mixed'
      : corroborating.length
        ? 'corroborated'
        : conflicting.length
          ? 'conflicting'
          : 'unverified';
  const key = conflicting[0] ?? corroborating[0];
  const others = [...conflicting, ...corroborating].filter((l) => l !== key && l.why === key?.why).length;
  return {
    verdict,
    reason: reasonOf(ctx, key, others),
    corroborating: corroborating.slice(0, MAX_LISTED).map((l) => show(ctx, l)),
    conflicting: conflicting.slice(0, MAX_LISTED).map((l) => show(ctx, l)),
    context: context.slice(0, MAX_CONTEXT).map((l) => show(ctx, l)),
  };
}

/**
 * The actor the page credits with the very same number of the same kind in another figure, when one actor is: the
 * unattributed figure is that one repeated (a headline over the body's attributed figure).
 */
function echoedCredit(ctx: Context): string | null {
  const { found, index } = ctx;
  const actors = new Set<string>();
  for (const g of ctx.figures) {
    if (g === found || g.actor === null || !index.actors.has(g.actor) || g.kind !== found.kind || g.qualifier === 'vague') continue;
    if (distance(g, found) <= EXACT_TOLERANCE) actors.add(g.actor);
  }
  return actors.size === 1 ? ([...actors][0] as string) : null;
}

/**
 * "3 000 déjà en Russie et 7 000 d'ici décembre": a figure that is the difference between a planned total and a
 * present count the actor gave together (within a day) is their arithmetic, not a different figure.
 */
function isRemainder(found: FoundClaim, own: Candidate[]): boolean {
  const stated = own.filter((c) => c.ic.quantity.qualifier !== 'vague');
  for (const a of stated) {
    if (a.ic.claim.scope !== 'planned') continue;
    for (const b of stated) {
      if (b.ic.claim.scope === 'planned' || a.ic.claim.actor !== b.ic.claim.actor || gapDays(a.ic.span, b.ic.span) > 1) continue;
      const rest = pointOf(a.ic.quantity) - pointOf(b.ic.quantity);
      if (rest > 0 && agreement(found, { value: rest, min: rest, max: rest, qualifier: 'exact' }) === 'agree') return true;
    }
  }
  return false;
}

/**
 * Whether a figure credited to the page's actor may have drifted there from `owner`'s claim (rule 3c): the two are
 * offices of one government (the NIS's figure credited to the JCS), or the credited actor is an estimator that
 * publishes figures of that family (its record could have held this one: the NIS's 600 dead credited to the
 * Pentagon, whose government estimates North Korean losses too).
 */
function couldDrift(ctx: Context, kind: Kind, scope: FoundClaim['scope'], owner: Candidate): boolean {
  const { index, credited } = ctx;
  if (credited === null) return false;
  const root = (id: string) => index.actors.lineage(id).at(-1);
  if (root(credited) === root(owner.ic.claim.actor)) return true;
  return isEstimator(index, credited) && publishes(index, credited, familyOf(kindKey(kind, scope)));
}

/** Figure families: troops, losses (killed, wounded, or both together), and each other kind on its own. */
type Family = 'troops' | 'losses' | 'materiel' | 'other';

function familyOf(kind: Kind): Family {
  return kind === 'casualties' || kind === 'killed' || kind === 'wounded' ? 'losses' : kind;
}

const families = new WeakMap<ClaimIndex, Map<string, ReadonlySet<Family>>>();

/**
 * The families of figures an actor's government publishes: the claims of every actor under the same top actor
 * (the JCS shares Seoul's intelligence picture, the NIS's troop counts included).
 */
function familiesOf(index: ClaimIndex, actor: string): ReadonlySet<Family> {
  let byRoot = families.get(index);
  if (!byRoot) families.set(index, (byRoot = new Map()));
  const root = index.actors.lineage(actor).at(-1) ?? actor;
  let found = byRoot.get(root);
  if (!found) {
    const set = new Set<Family>();
    for (const [kind, list] of index.byKind) {
      if (list.some((ic) => index.actors.lineage(ic.claim.actor).at(-1) === root)) set.add(familyOf(kind));
    }
    byRoot.set(root, (found = set));
  }
  return found;
}

function publishes(index: ClaimIndex, actor: string, family: Family): boolean {
  return familiesOf(index, actor).has(family);
}

/**
 * An estimator tracks the deployment: its government (every actor under the same top actor) publishes figures of
 * both North Korean troops and North Korean losses: the intelligence services and governments (Seoul's NIS and
 * JCS, Kyiv's GUR and Zelensky, Washington's offices, the UK MoD, Western officials). Actors that give one family only are no
 * estimators: news outlets relay a headline troop figure (AP, Politico), Pyongyang speaks only of its own dead,
 * Moscow only of its engineers; a page that credits them with a figure an estimator gave more likely relays it, or
 * names the subject of the sentence ("Pyongyang decided to send 12,000"), than misattributes it.
 */
export function isEstimator(index: ClaimIndex, actor: string): boolean {
  return publishes(index, actor, 'troops') && publishes(index, actor, 'losses');
}

/** Scopes that count troops already there: in Russia, training there, the first contingent; in Kursk for Kursk. */
const PRESENT_SCOPES: Partial<Record<FoundClaim['scope'], ReadonlySet<FoundClaim['scope']>>> = {
  total: new Set(['total', 'training', 'special_forces']),
  kursk: new Set(['total', 'training', 'special_forces', 'kursk']),
};

/** A total planned or expected: scope 'planned', or any count tied to a deadline (7 000 more "by December"). */
const isPlan = (claim: IndexedClaim['claim']) => claim.scope === 'planned' || claim.by !== undefined;

/**
 * A plan restated as troops already there (rule 3a): the page says N are in Russia (or in Kursk), the only own
 * claims with that figure are plans or expectations made by then, and at that moment the plan's author said fewer
 * were there (NIS: ~12 000 to be sent, 1 500 there, on 18 Oct; ~10 000 by December, ~3 000 there, on 23 Oct).
 * Each plan is listed with the present count that refutes it. Without a moment for the figure (an undated page that
 * nothing dates) the actor's count "at the time" is unknown, and nothing is flagged.
 */
function plannedAsDeployed(
  ctx: Context,
  scope: FoundClaim['scope'],
  candidates: Candidate[],
  ownAgree: Candidate[],
  now: (c: Candidate) => boolean,
): Listed[] {
  const { found, when } = ctx;
  const presentScopes = PRESENT_SCOPES[scope];
  if (found.kind !== 'troops' || !presentScopes || when === null || found.qualifier === 'vague' || wordsAPlan(found)) return [];
  // A count that fits as closely as the plan explains the figure; one that agrees only approximately (~11 000
  // training, for "12 000 are there" when the plan was 12 000) does not clear the plan restated: then mixed.
  const plans = ownAgree.filter((c) => isPlan(c.ic.claim));
  const closest = Math.min(...plans.map((c) => distance(found, c.ic.quantity)));
  if (plans.length === 0 || ownAgree.some((c) => !isPlan(c.ic.claim) && distance(found, c.ic.quantity) <= closest)) return [];
  const out: Listed[] = [];
  for (const plan of plans) {
    if (plan.agr !== 'agree' || distance(found, plan.ic.quantity) > closest) continue;
    const fewer = candidates.filter(
      (c) =>
        c.ic.claim.actor === plan.ic.claim.actor &&
        presentScopes.has(c.ic.claim.scope) &&
        !isPlan(c.ic.claim) &&
        c.ic.quantity.qualifier !== 'vague' &&
        c.ic.misreports.length === 0 &&
        now(c) &&
        c.agr === 'disagree' &&
        pointOf(c.ic.quantity) < pointOf(found),
    );
    // The actor's word nearest the figure's moment: its latest count, not one it has since revised.
    const present = fewer.sort((a, b) => gapDays(a.ic.span, when) - gapDays(b.ic.span, when) || pointOf(b.ic.quantity) - pointOf(a.ic.quantity))[0];
    // A deployment worded as done ("ont été déployés en Russie") may still be the plan worded loosely on a page that
    // tells how many are there in all; telling only a first contingent, the page never said so.
    const says = saysPresent(ctx);
    const told = fewer.some((c) => tellsCount(ctx, c) && (says !== 'done' || c.ic.claim.scope === 'total'));
    if (present && (says === 'already' || !told)) out.push({ c: plan, why: 'planned_as_deployed', present });
  }
  return out;
}

/**
 * The figure's sentence words a plan somewhere ("prévoyait d'envoyer un total de 10 000 soldats"), with detection's
 * own plan words: the figure may be that plan, whatever scope its clause got. A conflict must be sure.
 */
function wordsAPlan(found: FoundClaim): boolean {
  const cues = SCOPE_CUES.planned[found.lang];
  return tokenize(found.sentence).some((t) => cues.has(t.w));
}

/**
 * The page itself gives a count that refutes the figure ("3 000 of them are already in Russia", "the first 1 500
 * arrived"): it tells its reader how many are there, so its N is the plan worded loosely ("Nordkorea schickt 12 000
 * Soldaten", a headline over the decision), not a claim that N are there. Such a page goes unflagged even when it
 * does mean it, unless the figure's own sentence says they are there already (saysPresent): a conflict must be sure.
 */
function tellsCount(ctx: Context, present: Candidate): boolean {
  const claim = present.ic.claim;
  return ctx.figures.some(
    (g) => g !== ctx.found && g.qualifier !== 'vague' && sameThing(g, claim) === 'strict' && distance(g, present.ic.quantity) <= EXACT_TOLERANCE,
  );
}

/** Words that place troops there by now ("already", "now"), and the prepositions of place that follow them. */
const ALREADY = perLang({
  fr: 'déjà désormais actuellement',
  en: 'already now currently',
  de: 'bereits schon inzwischen mittlerweile',
  es: 'ya actualmente',
  ru: 'уже сейчас',
  uk: 'вже уже зараз наразі',
  ko: '이미 벌써 현재',
});
const AT_PLACE = perLang({
  fr: 'en dans sur au',
  en: 'in on inside',
  de: 'in im auf',
  es: 'en',
  ru: 'в во на',
  uk: 'в у на',
  ko: '러시아* 쿠르스크*',
});
/** Past participles of a deployment done ("déjà envoyé", "ont été déployés"): not the infinitive of a plan. */
const DEPLOYED_PAST = perLang({
  fr: 'envoyé envoyés déployé déployés arrivé arrivés stationné stationnés',
  en: 'sent deployed arrived stationed',
  de: 'entsandt geschickt stationiert eingetroffen verlegt',
  es: 'enviado enviados desplegado desplegados llegado llegados',
  ru: 'направлены отправлены переброшены развернуты развёрнуты',
  uk: 'направлені відправлені перекинуті розгорнуті',
  ko: '파병된 배치된',
});
/** The auxiliary of a passive past ("ont été déployés en Russie", "have been deployed in Russia"). */
const BEEN = perLang({ fr: 'été', en: 'been', de: 'worden', es: 'sido', ru: 'были', uk: 'були' });
/** How many words may stand between "already" and the place: "sind bereits in", "уже находятся в". */
const PLACE_WITHIN = 2;

/**
 * The figure's sentence says the troops are there already ("The 12,000 troops now in Russia", "sind bereits in
 * Russland eingetroffen", "a déjà envoyé 12 000 soldats"): whatever else the page tells, it states N are there
 * ('already'). Not "had already begun to be sent": the word must lead to a place or be the deployment done. A passive
 * past with a place ("12 000 militaires ont été déployés en Russie") says so less surely ('done'). Only the words
 * that speak of this figure count (ownsWord): in "3 000 were already on Russian territory and the number could soon
 * reach 12 000", "already" is the 3 000's.
 */
function saysPresent(ctx: Context): 'already' | 'done' | null {
  const { found } = ctx;
  const tokens = tokenize(found.sentence).filter((t) => ownsWord(ctx, t.s));
  const words = tokens.map((t) => t.w);
  const already = ALREADY[found.lang];
  const place = AT_PLACE[found.lang];
  const done = DEPLOYED_PAST[found.lang];
  const been = BEEN[found.lang];
  const near = (i: number, set: typeof place) => words.slice(i + 1, i + 2 + PLACE_WITHIN).some((x) => set.has(x));
  if (words.some((w, i) => already.has(w) && (near(i, place) || near(i, done)))) return 'already';
  return words.some((w, i) => been.has(w) && done.has(words[i + 1] ?? '') && near(i + 1, place)) ? 'done' : null;
}

/**
 * Whether the word at `offset` of the figure's sentence speaks of this figure: of the figures found in the sentence,
 * the last one before the word (words before the first figure are the first figure's): "12 000 are already there,
 * up from 3 000" and "3 000 are already there, and 12 000 expected" both give "already" to the figure it follows.
 * When the figures cannot be placed in the sentence, every word counts.
 */
function ownsWord(ctx: Context, offset: number): boolean {
  const { found } = ctx;
  const at = found.sentence.indexOf(found.text);
  if (at < 0) return true;
  const base = found.start - at;
  const starts = ctx.figures
    .filter((g) => g !== found && g.sentence === found.sentence)
    .map((g) => g.start - base)
    .filter((s) => s >= 0 && s < found.sentence.length && s !== at);
  const before = (s: number) => s <= offset;
  if (!before(at)) return starts.every((s) => s > at);
  return !starts.some((s) => s > at && before(s));
}

/** Claims of one kind that fit the subject, with the page's own appearances removed (claims left with none dropped). */
function gather(
  ctx: Context,
  kind: Kind,
  scope: FoundClaim['scope'],
  fits: (claim: IndexedClaim['claim']) => Fit | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (const ic of ctx.index.byKind.get(kindKey(kind, scope)) ?? []) {
    const fit = fits(ic.claim);
    if (!fit) continue;
    const c = candidate(ctx, ic, fit);
    if (c) out.push(c);
  }
  return out;
}

function candidate(ctx: Context, ic: IndexedClaim, fit: Fit): Candidate | null {
  const appearances = ctx.self.size === 0 ? ic.appearances : ic.appearances.filter((a) => !ctx.self.has(a.source.id));
  if (appearances.length === 0) return null;
  const own = ctx.credited === null || related(ctx.index.actors, ctx.credited, ic.claim.actor);
  return { ic, fit, agr: agreement(ctx.found, ic.quantity), own, appearances };
}

function candidateFor(ctx: Context, id: string): Candidate | null {
  const ic = ctx.index.byId.get(id);
  return ic ? candidate(ctx, ic, 'strict') : null;
}

/**
 * The distortions a figure may be (rule 3a): it matches, in the credited actor's record (or anyone's, for an
 * unattributed figure at the same moment), a figure of another kind or a total plus its own subtotal.
 */
function distortions(ctx: Context, kind: Kind, scope: FoundClaim['scope'], sameKind: Candidate[]): Listed[] {
  const { found, credited, when, horizon } = ctx;
  // Credited: the actor's figure whenever given before; unattributed: only one given at that moment.
  const timely = (c: Candidate) => (credited !== null ? couldReport(c.ic.span, horizon) : sameMoment(c.ic.span, when, horizon));
  const usable = (c: Candidate) => c.own && c.ic.quantity.qualifier !== 'vague' && timely(c);
  const strictly = (k: Kind) => (claim: IndexedClaim['claim']) =>
    claim.kind === k && scopeFit(k, scope, claim.scope) === 'strict' ? 'strict' : null;
  const ofKind = (k: Kind) => gather(ctx, k, scope, strictly(k)).filter(usable);
  const out: Listed[] = [];

  // A total counted again together with its subtotal: "600 killed and 5 300 casualties", "12 500 troops".
  const exact = (q: Quantity) => distance(found, q) <= EXACT_TOLERANCE;
  for (const t of sameKind.filter((c) => c.fit === 'strict' && usable(c))) {
    if (t.agr !== 'disagree') continue;
    for (const part of partsOf(ctx, t)) {
      const sum = sumOf(t.ic.quantity, part.quantity);
      if (agreement(found, sum) === 'agree') out.push({ c: t, why: 'subtotal_added', part: part.quantity, exact: exact(sum) });
    }
  }
  if (kind === 'killed') {
    for (const t of ofKind('casualties')) if (t.agr === 'agree') out.push({ c: t, why: 'casualties_as_killed', exact: exact(t.ic.quantity) });
  } else if (kind === 'wounded') {
    for (const t of ofKind('casualties')) {
      if (t.agr !== 'agree') continue;
      // "600 killed and 4 700 injured": the 4 700 total already holds the 600 dead.
      const dead = partsOf(ctx, t).find((p) => p.claim.kind === 'killed');
      const why = dead ? 'subtotal_added' : 'casualties_as_wounded';
      out.push({ c: t, why, ...(dead ? { part: dead.quantity } : {}), exact: exact(t.ic.quantity) });
    }
  } else if (kind === 'casualties') {
    for (const k of ofKind('killed')) if (k.agr === 'agree') out.push({ c: k, why: 'killed_as_casualties', exact: exact(k.ic.quantity) });
  }
  return out;
}

/**
 * The subtotals a total includes: its 'includes' relations, or, for losses without relations, the same actor's
 * death toll given at the same moment (arithmetic: smaller than the total).
 */
function partsOf(ctx: Context, total: Candidate): IndexedClaim[] {
  const byRelation = total.ic.includes.flatMap((id) => {
    const ic = ctx.index.byId.get(id);
    return ic ? [ic] : [];
  });
  if (byRelation.length > 0 || total.ic.claim.kind !== 'casualties') return byRelation;
  const t = total.ic;
  const tValue = t.quantity.value ?? t.quantity.min;
  return (ctx.index.byKind.get('killed') ?? [])
    .filter((k) => k.claim.actor === t.claim.actor && k.quantity.qualifier !== 'vague' && gapDays(k.span, t.span) <= COMPARABLE_DAYS)
    .filter((k) => (k.quantity.value ?? k.quantity.min) < tValue);
}

interface RankBy {
  credited: string | null;
  when: Span | null;
  scope: FoundClaim['scope'];
  figure: Quantity;
  index: ClaimIndex;
}

/** Relative distance between two figures' point values: 11 000 is closer to "about 11 000" than 12 000 is. */
function distance(a: Quantity, b: Quantity): number {
  const x = pointOf(a);
  const y = pointOf(b);
  return x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
}

/**
 * One entry per claim (its strongest ground), best first: by ground, the credited actor itself, an actor under the
 * same top actor (the White House for a page crediting the Pentagon), strict fit, the closest figure, the same
 * scope, nearest in time, earliest.
 */
function rank(list: Listed[], order: Ground[], by: RankBy): Listed[] {
  const root = (id: string) => by.index.actors.lineage(id).at(-1);
  const creditedRoot = by.credited !== null ? root(by.credited) : undefined;
  const score = (l: Listed) => [
    order.indexOf(l.why),
    by.credited !== null && l.c.ic.claim.actor === by.credited ? 0 : 1,
    creditedRoot !== undefined && root(l.c.ic.claim.actor) === creditedRoot ? 0 : 1,
    l.c.fit === 'strict' ? 0 : 1,
    distance(by.figure, l.c.ic.quantity),
    l.c.ic.claim.scope === by.scope ? 0 : 1,
    by.when ? gapDays(l.c.ic.span, by.when) : 0,
    l.c.ic.span.start,
  ];
  const byId = new Map<string, Listed>();
  for (const l of list) {
    const kept = byId.get(l.c.ic.claim.id);
    if (!kept || order.indexOf(l.why) < order.indexOf(kept.why)) byId.set(l.c.ic.claim.id, l);
  }
  const scored = [...byId.values()].map((l) => ({ l, s: score(l) }));
  scored.sort(({ s: x }, { s: y }) => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    return 0;
  });
  return scored.map(({ l }) => l);
}

/**
 * Context (rules 1 and 2): the evolution of one actor's figure for strictly the same thing (the credited actor, or
 * for an unattributed figure the actor of the best matching claim), revisions of the matching claims, and other
 * actors' different figures for strictly the same thing at that time.
 */
function contextOf(
  ctx: Context,
  record: Candidate[],
  ownAgree: Candidate[],
  listed: ReadonlySet<string>,
  actor: string | null,
  now: (c: Candidate) => boolean,
): Listed[] {
  const revisions = new Set(ownAgree.flatMap((c) => [...c.ic.revisions]));
  const out: Listed[] = [];
  for (const c of record) {
    if (listed.has(c.ic.claim.id) || c.agr !== 'disagree') continue;
    const sameActor = actor !== null && related(ctx.index.actors, actor, c.ic.claim.actor);
    if (revisions.has(c.ic.claim.id) || (sameActor && c.fit === 'strict')) out.push({ c, why: 'evolution' });
    else if (!sameActor && c.fit === 'strict' && now(c)) out.push({ c, why: 'other_estimate' });
  }
  return out.sort((a, b) => (a.why === b.why ? 0 : a.why === 'evolution' ? -1 : 1) || a.c.ic.span.start - b.c.ic.span.start);
}

/** Best appearance to show: one with the exact words, in the page's language, first published. */
function bestAppearance(c: Candidate, lang: string): IndexedAppearance {
  const score = (a: IndexedAppearance) => (a.quote ? 0 : 2) + (a.lang === lang ? 0 : 1);
  const published = (a: IndexedAppearance) => a.source.published ?? '9';
  return [...c.appearances].sort((a, b) => score(a) - score(b) || published(a).localeCompare(published(b)))[0] as IndexedAppearance;
}

function show(ctx: Context, l: Listed): MatchedClaim {
  const claim = l.c.ic.claim;
  const a = bestAppearance(l.c, ctx.found.lang);
  return {
    id: claim.id,
    actor: { id: claim.actor, name: ctx.index.actors.name(claim.actor) },
    date: claim.date,
    kind: claim.kind,
    scope: claim.scope,
    quantity: l.c.ic.quantity,
    summary: claim.summary,
    source: { id: a.source.id, outlet: a.source.outlet, url: a.source.url, published: a.source.published },
    ...(a.quote ? { quote: a.quote } : {}),
    why: l.why,
  };
}

/** Context grounds never key a reason; the others are reason codes of the same name. */
function reasonCode(why: Ground): ReasonCode {
  return why === 'evolution' || why === 'other_estimate' ? 'no_match' : why;
}

function reasonOf(ctx: Context, key: Listed | undefined, others: number): Reason {
  const { found, credited, index } = ctx;
  const params: Reason['params'] = {
    found: { value: found.value, min: found.min, max: found.max, qualifier: found.qualifier },
    foundKind: found.kind,
    ...(credited !== null ? { credited: { id: credited, name: index.actors.name(credited) } } : {}),
  };
  if (!key) return { code: 'no_match', params };
  const claim = key.c.ic.claim;
  return {
    code: reasonCode(key.why),
    params: {
      ...params,
      actor: { id: claim.actor, name: index.actors.name(claim.actor) },
      figure: key.c.ic.quantity,
      kind: claim.kind,
      date: claim.date,
      ...(key.part ? { part: key.part } : {}),
      ...(key.present ? { present: { figure: key.present.ic.quantity, date: key.present.ic.claim.date } } : {}),
      ...(others > 0 ? { others } : {}),
    },
  };
}
