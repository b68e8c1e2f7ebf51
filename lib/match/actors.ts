import type { Actor } from '../database/schema';

export interface ActorName {
  fr: string;
  en: string;
}

/** The actors of a database with their partOf chains resolved once. */
export interface ActorTree {
  has(id: string): boolean;
  /** The actor and everything it is part of, nearest first: pentagon → [pentagon, us]. */
  lineage(id: string): readonly string[];
  /** Display names (first name of each interface language); the id itself for an unknown actor. */
  name(id: string): ActorName;
}

export function actorTree(actors: readonly Actor[]): ActorTree {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const lineages = new Map<string, string[]>();
  for (const actor of actors) {
    const chain = [actor.id];
    let parent = actor.partOf;
    // A cycle in partOf is bad data: stop at the first repeat rather than loop.
    while (parent !== undefined && !chain.includes(parent)) {
      chain.push(parent);
      parent = byId.get(parent)?.partOf;
    }
    lineages.set(actor.id, chain);
  }
  return {
    has: (id) => byId.has(id),
    lineage: (id) => lineages.get(id) ?? [id],
    name: (id) => {
      const a = byId.get(id);
      return { fr: a?.names.fr[0] ?? id, en: a?.names.en[0] ?? id };
    },
  };
}

/**
 * Whether a page crediting `credited` may be quoting a claim by `claimant`: the same actor, or one is part of the
 * other ("Séoul" covers the NIS and the JCS; a page crediting the NIS may quote "South Korea"). Siblings are not:
 * the Pentagon is not the White House.
 */
export function related(tree: ActorTree, credited: string, claimant: string): boolean {
  return tree.lineage(claimant).includes(credited) || tree.lineage(credited).includes(claimant);
}
