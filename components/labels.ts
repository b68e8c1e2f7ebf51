import { i18n } from '#i18n';
import type { Kind, Scope } from '@/lib/claims/vocabulary';

/** What a figure counts, in the interface language: "troops, Kursk region". The card words it the same way. */
export function whatItCounts(kind: Kind, scope: Scope): string {
  const what = i18n.t(`card.kind.${kind}`);
  return scope === 'total' ? what : `${what}, ${i18n.t(`card.scope.${scope}`)}`;
}

/** A name cut to fit a chart label: at most `max` characters, an ellipsis when cut. */
export function shorten(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
