/**
 * Abbreviations Indonesian news writes as they are ("Polsek", "SPBU", "BBM") where an English
 * question names the thing in full ("the police station", "fuel"): a general list of the language's
 * common news abbreviations, read backwards. An abbreviation stands for its expansion's head, the
 * leading words (Indonesian puts the head first: "stasiun pengisian bahan bakar umum" is a station),
 * so a translation that is those leading words finds it: "polisi" finds "polsek", "bahan bakar"
 * finds "BBM", but "umum" (public) does not find "SPBU". The title abbreviations that questions
 * use (abbreviations.ts) are read the same way.
 *
 * Not expanded in questions as those are: an Indonesian question says "DPR" as the article does.
 */
import { ABBREVIATIONS } from "./abbreviations.js";
import { stems } from "./stem.js";

const WRITTEN: Readonly<Record<string, string>> = Object.freeze({
  polsek: "kepolisian sektor", polres: "kepolisian resor", polresta: "kepolisian resor kota",
  polda: "kepolisian daerah", mabes: "markas besar", bbm: "bahan bakar minyak",
  spbu: "stasiun pengisian bahan bakar umum", kk: "kepala keluarga", dpr: "dewan perwakilan rakyat",
  dprd: "dewan perwakilan rakyat daerah", mpr: "majelis permusyawaratan rakyat",
  rs: "rumah sakit", rsud: "rumah sakit umum daerah", pns: "pegawai negeri sipil",
  asn: "aparatur sipil negara", phk: "pemutusan hubungan kerja", ktp: "kartu tanda penduduk",
  ham: "hak asasi manusia", apbn: "anggaran pendapatan dan belanja negara",
  apbd: "anggaran pendapatan dan belanja daerah", bumn: "badan usaha milik negara",
  lsm: "lembaga swadaya masyarakat", pn: "pengadilan negeri",
  ma: "mahkamah agung", mk: "mahkamah konstitusi", kpk: "komisi pemberantasan korupsi",
  kpu: "komisi pemilihan umum", pilkada: "pemilihan kepala daerah", pemilu: "pemilihan umum",
  sd: "sekolah dasar", smp: "sekolah menengah pertama", sma: "sekolah menengah atas",
  lapas: "lembaga pemasyarakatan", wni: "warga negara indonesia", wna: "warga negara asing",
  tki: "tenaga kerja indonesia", umkm: "usaha mikro kecil dan menengah",
});

interface Headed {
  readonly term: string;
  readonly head: readonly string[];
}

let byFirstStem: Map<string, Headed[]> | null = null;

function build(): Map<string, Headed[]> {
  const out = new Map<string, Headed[]>();
  for (const [abbreviation, expansion] of [...Object.entries(ABBREVIATIONS), ...Object.entries(WRITTEN)]) {
    const head = expansion.split(" ").map((word) => stems(word)[0]!);
    const list = out.get(head[0]!) ?? [];
    list.push({ term: stems(abbreviation)[0]!, head });
    out.set(head[0]!, list);
  }
  return out;
}

/** Builds the table now (index build), so that no question pays for it. */
export function prepareWrittenAbbreviations(): void {
  byFirstStem ??= build();
}

/**
 * The index terms of the abbreviations whose expansion begins with these stems, in order
 * (["polisi"] → "polsek", "polres", …; ["bahan", "bakar"] → "bbm").
 */
export function abbreviationsHeadedBy(headStems: readonly string[]): readonly string[] {
  byFirstStem ??= build();
  const out: string[] = [];
  for (const { term, head } of byFirstStem.get(headStems[0] ?? "") ?? []) {
    if (headStems.length <= head.length && headStems.every((stem, i) => head[i] === stem)) out.push(term);
  }
  return out;
}
