import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stemmer } from "@orama/stemmers/indonesian";
import { describe, expect, it } from "vitest";
import { stems } from "../../src/text/stem.js";

const first = (word: string) => stems(word)[0];

describe("dictionary-checked stemming", () => {
  it("stops at the root the affixes were put on, not at a shorter word", () => {
    expect(first("desakan")).toBe("desak"); // Snowball: "desa"
    expect(first("pasukan")).toBe("pasuk"); // Snowball: "pasu"
    expect(first("masukan")).toBe("masuk");
    expect(first("mengatakan")).toBe("kata"); // not "katak": me-…-an does not go together
    expect(first("berikan")).toBe("beri"); // the suffix is stripped first, not ber- + "ikan"
  });

  it("restores the letter a nasal prefix replaced, only where the dictionary has that root", () => {
    expect(first("menulis")).toBe("tulis");
    expect(first("mengirim")).toBe("kirim");
    expect(first("menyebar")).toBe("sebar");
    expect(first("memukul")).toBe("pukul");
    expect(first("pemerintah")).toBe("perintah");
    expect(stems("mengerahkan")).toEqual(["kerah"]);
    expect(stems("menekankan")).toEqual(["tekan"]);
    expect(stems("mengurus")).toEqual(["urus", "kurus"]); // both roots take me-: both readings
  });

  it("strips stacked prefixes, circumfixes, particles and possessives", () => {
    expect(first("mempertahankan")).toBe("tahan");
    expect(first("diperkenalkan")).toBe("kenal");
    expect(first("keberhasilan")).toBe("hasil");
    expect(first("perekonomian")).toBe("ekonomi");
    expect(first("pasukannya")).toBe("pasuk");
    expect(first("kerjakanlah")).toBe("kerja");
    expect(first("bagaimanakah")).toBe("bagaimana");
  });

  it("reads colloquial -in and bare nasals", () => {
    expect(first("dinaikin")).toBe("naik");
    expect(first("bilangin")).toBe("bilang");
    expect(first("ngomong")).toBe("omong");
    expect(first("nulis")).toBe("tulis");
    expect(first("mikir")).toBe("pikir");
    expect(first("ngerjain")).toBe("kerja");
  });

  it("keeps known roots whole, and gives a listed affixed word its root too", () => {
    for (const word of ["presiden", "belajar", "tewas", "makan", "jalan", "pertama"]) expect(stems(word)).toEqual([word]);
    expect(stems("pemuda")).toEqual(["pemuda", "muda"]);
    expect(first("menikah")).toBe("nikah"); // me- + nikah, before "meni" + -kah
    expect(first("pengertian")).toBe("erti"); // "pengerti" needs an affix: not a root of its own
  });

  it("falls back to Snowball, with the k-/t- reading, when no reading reaches a root", () => {
    expect(first("zorblakan")).toBe(stemmer("zorblakan"));
    expect(stems("mengoblak")).toEqual([stemmer("mengoblak"), `k${stemmer("mengoblak")}`]);
    expect(stems("2022")).toEqual(["2022"]);
  });
});

const HUNSPELL = "/usr/share/hunspell/id_ID";
describe.skipIf(!existsSync(`${HUNSPELL}.dic`))("scripts/build-roots.ts (skipped: hunspell-id not installed)", () => {
  it("rebuilds the committed root list from the Hunspell dictionary", () => {
    const dir = mkdtempSync(join(tmpdir(), "roots-"));
    try {
      const out = join(dir, "roots.json");
      execFileSync("npx", ["tsx", "scripts/build-roots.ts", `${HUNSPELL}.dic`, `${HUNSPELL}.aff`, out], { stdio: "pipe" });
      expect(readFileSync(out, "utf8")).toBe(readFileSync("src/text/roots-id.json", "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
