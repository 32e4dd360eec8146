import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/corpus/sentences.js";

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe("splitSentences", () => {
  it("does not end a sentence at abbreviations, initials, decimals or thousands separators", () => {
    expect(texts("Dia tinggal di Jl. Sudirman No. 5, Jakarta. Dr. Andi datang. J.K. Rowling menulis.")).toEqual([
      "Dia tinggal di Jl. Sudirman No. 5, Jakarta.",
      "Dr. Andi datang.",
      "J.K. Rowling menulis.",
    ]);
    expect(texts("Luasnya 4275,08 km² dan penduduknya 301.757 jiwa. Itu besar.")).toEqual([
      "Luasnya 4275,08 km² dan penduduknya 301.757 jiwa.",
      "Itu besar.",
    ]);
  });

  it("does not end a sentence at a specialist's title written after a name", () => {
    expect(texts("Dokter Rina Wati, Sp. Rad (K) menyebut makanan ikut memicu. Itu benar.")).toEqual([
      "Dokter Rina Wati, Sp. Rad (K) menyebut makanan ikut memicu.",
      "Itu benar.",
    ]);
  });

  it("ends at dll. only when a capital follows", () => {
    expect(texts("Ada apel, jeruk, dll. Semua dijual.")).toEqual(["Ada apel, jeruk, dll.", "Semua dijual."]);
    expect(texts("Ada apel, jeruk, dll. yang dijual.")).toHaveLength(1);
  });

  it("marks both halves of a quotation that spans sentences", () => {
    const parts = splitSentences("“Ini brutal. Kami bertekad membantu,” ujar dia.");
    expect(parts.map((p) => [p.text, p.opensQuote, p.continuesQuote])).toEqual([
      ["“Ini brutal.", true, false],
      ["Kami bertekad membantu,” ujar dia.", false, true],
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(texts("Dia berkata, “Perang tidak boleh terjadi.” Lalu pergi.")).toEqual([
      "Dia berkata, “Perang tidak boleh terjadi.”",
      "Lalu pergi.",
    ]);
  });

  it("handles pre-tokenized text with spaced punctuation and straight quotes", () => {
    const parts = splitSentences('" Tidak hanya tarif . Kan bisa , " ucap Zulkifli .');
    expect(parts.map((p) => p.text)).toEqual(['" Tidak hanya tarif .', 'Kan bisa , " ucap Zulkifli .']);
    expect(parts[1]!.continuesQuote).toBe(true);
  });
});
