import type { Quantity } from '../claims/vocabulary';
import { formatNumber, type UiLang } from '../i18n/format';
import type { ActorRef, MatchedClaim, MatchResult } from './match-result';

const dayFormats = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
const monthFormats = {
  fr: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "environ 3 000", "more than 3,000", "entre 11 000 et 12 000", "several thousand". */
export function formatQuantity(q: Quantity, lang: UiLang): string {
  const n = (x: number) => formatNumber(x, lang);
  const v = q.value;
  if (q.qualifier === 'vague' || v === null) {
    const scale = q.min >= 1000 ? 'thousand' : q.min >= 100 ? 'hundred' : 'some';
    return {
      fr: { thousand: 'plusieurs milliers', hundred: 'plusieurs centaines', some: 'un nombre indéterminé' },
      en: { thousand: 'several thousand', hundred: 'several hundred', some: 'an unspecified number' },
    }[lang][scale];
  }
  switch (q.qualifier) {
    case 'exact':
      return n(v);
    case 'approx':
      return lang === 'fr' ? `environ ${n(v)}` : `about ${n(v)}`;
    case 'more_than':
      return lang === 'fr' ? `plus de ${n(v)}` : `more than ${n(v)}`;
    case 'at_least':
      return lang === 'fr' ? `au moins ${n(v)}` : `at least ${n(v)}`;
    case 'up_to':
      return lang === 'fr' ? `jusqu’à ${n(v)}` : `up to ${n(v)}`;
    case 'less_than':
      return lang === 'fr' ? `moins de ${n(v)}` : `less than ${n(v)}`;
    case 'range':
      if (q.max === null) return lang === 'fr' ? `au moins ${n(v)}` : `at least ${n(v)}`;
      return lang === 'fr' ? `entre ${n(q.min)} et ${n(q.max)}` : `${n(q.min)} to ${n(q.max)}`;
  }
}

/** "23 oct. 2024" / "23 Oct 2024"; a month alone: "octobre 2024" / "October 2024". */
export function formatDate(iso: string, lang: UiLang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1));
  return (m[3] ? dayFormats : monthFormats)[lang].format(t);
}

const name = (ref: ActorRef | undefined, lang: UiLang) => (ref ? ref.name[lang] : '?');

const capitalized = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);

/**
 * One line saying why the figure got its verdict, in French or English. Actor names are bare labels from the
 * database ("Pentagone", "Maison Blanche"), so lines name actors as labels ("Pentagone (28 oct. 2024) : environ
 * 10 000"), never after an article or a preposition that would need the name's gender.
 */
export function explain(result: MatchResult, lang: UiLang): string {
  const p = result.reason.params;
  const fr = lang === 'fr';
  const colon = fr ? ' : ' : ': ';
  const who = `${name(p.actor, lang)} (${p.date ? formatDate(p.date, lang) : '?'})${colon}${p.figure ? formatQuantity(p.figure, lang) : '?'}`;
  const credited = p.credited ? name(p.credited, lang) : null;
  const found = formatQuantity(p.found, lang);
  const others = p.others ?? 0;
  switch (result.reason.code) {
    case 'agrees': {
      if (others === 0) return fr ? `Concorde avec la base — ${who}.` : `Matches the database — ${who}.`;
      const more = fr ? ` (et ${others} autre${others > 1 ? 's' : ''} déclaration${others > 1 ? 's' : ''})` : ` (and ${others} more claim${others > 1 ? 's' : ''})`;
      return fr ? `Concorde avec la base — ${who}${more}.` : `Matches the database — ${who}${more}.`;
    }
    case 'agrees_weakly':
      return fr ? `Compatible, mais l’un des chiffres est vague — ${who}.` : `Consistent, but one of the figures is vague — ${who}.`;
    case 'other_actor':
      return fr
        ? `Même chiffre, d’une autre source — ${who}. Rien de tel dans la base pour la source citée (${credited ?? '?'}).`
        : `Same figure from another source — ${who}. Nothing matching from the credited source (${credited ?? '?'}).`;
    case 'differs':
      if (credited === null) {
        return fr ? `Aucune source ne donnait ${found} à cette date — ${who}.` : `No source gave ${found} at the time — ${who}.`;
      }
      return fr ? `Chiffre différent à cette date — ${who}, et non ${found}.` : `Different figure at the time — ${who}, not ${found}.`;
    case 'casualties_as_killed':
      return fr
        ? `Déformation : ce total compte les tués et les blessés, pas seulement les morts — ${who}.`
        : `Distortion: this total counts killed and wounded, not deaths alone — ${who}.`;
    case 'casualties_as_wounded':
      return fr
        ? `Déformation : ce total compte les tués et les blessés ensemble, pas les seuls blessés — ${who}.`
        : `Distortion: this total counts killed and wounded together, not the wounded alone — ${who}.`;
    case 'killed_as_casualties':
      return fr
        ? `Déformation : ce chiffre ne compte que les morts, pas les tués et blessés — ${who}.`
        : `Distortion: this figure counts deaths only, not killed and wounded — ${who}.`;
    case 'subtotal_added': {
      const part = p.part ? formatQuantity(p.part, lang) : '?';
      return fr
        ? `Déformation : ce total inclut déjà ${part}, que la page compte deux fois — ${who}.`
        : `Distortion: this total already includes ${part}, which the page counts twice — ${who}.`;
    }
    case 'planned_as_deployed': {
      const present = p.present ? `${formatQuantity(p.present.figure, lang)} (${formatDate(p.present.date, lang)})` : '?';
      return fr
        ? `Déformation : c’était un effectif prévu, pas des troupes déjà sur place — ${who} ; sur place alors : ${present}.`
        : `Distortion: this was a planned total, not troops already there — ${who}; there at the time: ${present}.`;
    }
    case 'wrong_actor':
      return fr
        ? `Chiffre attribué à la mauvaise source (citée : ${credited ?? '?'}) — ${who}.`
        : `Credited to the wrong source (${credited ?? '?'}) — ${who}.`;
    case 'known_misreport':
      return fr ? `Déformation connue de ce chiffre — ${who}.` : `Known distortion of this figure — ${who}.`;
    case 'no_match':
      if (credited !== null) {
        return fr
          ? `Aucune déclaration de la base ne correspond à ce chiffre (source citée : ${credited}).`
          : `No claim in the database matches this figure (credited source: ${credited}).`;
      }
      return fr ? 'Aucune déclaration de la base ne correspond à ce chiffre.' : 'No claim in the database matches this figure.';
  }
}

const onDate = (iso: string, lang: UiLang) => {
  const d = formatDate(iso, lang);
  const month = iso.length === 7;
  return lang === 'fr' ? `${month ? 'en' : 'le'} ${d}` : `${month ? 'in' : 'on'} ${d}`;
};

/**
 * The context as lines: each actor's figures over time ("NIS: 1,500 on 18 Oct 2024, about 3,000 on 23 Oct 2024",
 * the matching figure included), then other actors' estimates at the time.
 */
export function describeContext(result: MatchResult, lang: UiLang): string[] {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const evolution = result.context.filter((c) => c.why === 'evolution');
  const lines: string[] = [];
  const byActor = new Map<string, MatchedClaim[]>();
  for (const c of [...evolution, ...result.corroborating.filter((c) => evolution.some((e) => e.actor.id === c.actor.id))]) {
    byActor.set(c.actor.id, [...(byActor.get(c.actor.id) ?? []), c]);
  }
  for (const claims of byActor.values()) {
    const series = [...claims].sort((a, b) => a.date.localeCompare(b.date)).map((c) => `${formatQuantity(c.quantity, lang)} ${onDate(c.date, lang)}`);
    lines.push(capitalized(`${(claims[0] as MatchedClaim).actor.name[lang]}${colon}${series.join(', ')}`));
  }
  const others = result.context.filter((c) => c.why === 'other_estimate');
  if (others.length > 0) {
    const list = others.map((c) => `${c.actor.name[lang]} ${formatQuantity(c.quantity, lang)} (${formatDate(c.date, lang)})`).join(lang === 'fr' ? ' ; ' : '; ');
    lines.push(`${lang === 'fr' ? 'Autres estimations à cette date' : 'Other estimates at the time'}${colon}${list}`);
  }
  return lines;
}
