import type { Actor } from '../database/schema';
import type { UiLang } from './format';

/** An actor as matching results name it (MatchResult's ActorRef). */
export interface NamedActor {
  id: string;
  name: { fr: string; en: string };
}

/**
 * Display names for actor ids in the interface language: the database's actors first (their first name in that
 * language is the display name), then names carried by match results (they cover actors the user imported),
 * then the id itself, so that a label is never empty.
 */
export function actorNamer(lang: UiLang, actors: readonly Actor[], refs: readonly NamedActor[] = []): (id: string) => string {
  const names = new Map<string, string>();
  for (const ref of refs) names.set(ref.id, ref.name[lang]);
  for (const actor of actors) {
    const name = actor.names[lang][0];
    if (name) names.set(actor.id, name);
  }
  return (id) => names.get(id) ?? id;
}
