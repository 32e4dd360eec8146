import lexicon from "./lexicon-en-id.json" with { type: "json" };
import { stems } from "./stem.js";

/**
 * Indonesian near-synonyms, derived from the English→Indonesian lexicon: two Indonesian words are
 * near-synonyms when they translate the same English word ("rapat" and "pertemuan" both render
 * "meeting"). Keyed and valued by stem. English words with many renderings are skipped: they mix
 * senses ("country" gives "negara" and "desa").
 */
const MAX_RENDERINGS = 4;
const MAX_SYNONYMS = 8;

let table: Map<string, Set<string>> | null = null;

function build(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const renderings of Object.values(lexicon as Record<string, readonly string[]>)) {
    const single = renderings.filter((r) => /^[a-z]+$/.test(r));
    if (single.length < 2 || single.length > MAX_RENDERINGS) continue;
    const group = [...new Set(single.map((r) => stems(r)[0]!))];
    for (const stem of group) {
      const set = out.get(stem) ?? new Set<string>();
      for (const other of group) if (other !== stem && set.size < MAX_SYNONYMS) set.add(other);
      out.set(stem, set);
    }
  }
  return out;
}

/** Builds the table now (index build), so the first question does not pay for it. */
export function prepareSynonyms(): void {
  table ??= build();
}

/** Stems that may stand for this stem in another writer's words. */
export function synonymsOf(stem: string): readonly string[] {
  table ??= build();
  return [...(table.get(stem) ?? [])];
}
