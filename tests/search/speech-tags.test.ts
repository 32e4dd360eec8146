import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { withoutSpeechTags } from "../../src/search/speech-tags.js";
import { passageArticle } from "../bench/data.js";

describe("speech tags in the index", () => {
  it("drops a tag's verb that means something else too, after a comma or a closing mark", () => {
    expect(withoutSpeechTags("Harga akan naik bulan depan, tambah Budi.")).toBe("Harga akan naik bulan depan,  Budi.");
    expect(withoutSpeechTags("“Kami siap,” tegasnya.")).toBe("“Kami siap,” .");
  });

  it("keeps plain verbs of saying, and the same words where they are not a tag", () => {
    expect(withoutSpeechTags("Harga akan naik, kata dia.")).toBe("Harga akan naik, kata dia.");
    expect(withoutSpeechTags("Jumlahnya bertambah, tambah lagi lima.")).toBe("Jumlahnya bertambah, tambah lagi lima.");
    expect(withoutSpeechTags("Pemerintah akan menambah dukungan.")).toBe("Pemerintah akan menambah dukungan.");
  });

  it("leaves a tag's verb out of the sentence's index terms, so it cannot match a question about adding", () => {
    const text = "Pemerintah memberikan dukungan kepada pedagang, tambah Budi. Pemerintah akan menambah petugas di pasar.";
    const index = new SearchIndex({ articles: [passageArticle("a", text)] });
    expect(index.sentenceHas(0, "tambah")).toBe(false);
    expect(index.sentenceHas(0, "dukung")).toBe(true);
    expect(index.sentenceHas(1, "tambah")).toBe(true);
  });
});
