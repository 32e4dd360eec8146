import { describe, expect, it } from "vitest";
import { Cast, type MentionKind, type Person } from "../../src/quotes/people.js";
import { before, type Place } from "../../src/quotes/layout.js";

// A small deterministic random source, so a failure repeats.
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

// What the look-up means, scanning every person's mentions.
function bruteForce(cast: Cast, place: Place, salient: boolean, wantPerson: boolean): { person: Person; place: Place } | undefined {
  let best: { person: Person; place: Place } | undefined;
  for (const person of cast.people) {
    if (person.person !== wantPerson) continue;
    for (const m of salient ? person.salientMentions : person.mentions) if (before(m, place) && (!best || before(best.place, m))) best = { person, place: m };
  }
  return best;
}

describe("Cast recency look-ups", () => {
  it("find the last mention before a place exactly as a scan of every mention does", () => {
    const next = random(7);
    const cast = new Cast();
    const names = ["Ani Lestari", "Budi Santoso", "Komisi Pemilihan Umum", "Citra Dewi", "Dinas Kesehatan Kota"];
    const people = names.map((name, i) => cast.add(name, i !== 2 && i !== 4));
    const kinds: MentionKind[] = ["quoted", "salient", "plain"];
    for (let para = 0; para < 60; para++) {
      for (let offset = 0; offset < 200; offset += 1 + Math.floor(next() * 40)) {
        cast.mention(people[Math.floor(next() * people.length)]!, { para, offset }, kinds[Math.floor(next() * 3)]!);
      }
    }
    for (let probe = 0; probe < 500; probe++) {
      const place = { para: Math.floor(next() * 62), offset: Math.floor(next() * 220) };
      for (const salient of [false, true]) {
        for (const kind of ["person", "organisation"] as const) {
          expect(cast.lastMentionedBefore(place, salient, kind)).toEqual(bruteForce(cast, place, salient, kind === "person"));
        }
      }
    }
  });
});
