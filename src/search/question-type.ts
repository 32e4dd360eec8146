/** What kind of thing a question asks for. */
export type QuestionType = "person" | "time" | "place" | "number" | "cause" | "manner" | "thing" | "unknown";

// Ordered: the first rule that matches wins ("tahun berapa" is a time, not a number).
const RULES: ReadonlyArray<readonly [RegExp, QuestionType]> = [
  [/\b(kapan|bilamana|tanggal berapa|tahun berapa|bulan berapa|hari apa|jam berapa|pukul berapa|when|what (year|date|day|time))\b/, "time"],
  [/\b(siapa|siapakah|who|whom|whose)\b/, "person"],
  [/\b(di ?mana|ke ?mana|dari ?mana|where|di negara mana|di kota mana)\b/, "place"],
  [/\b(berapa|berapakah|how (many|much|long|old|far)|what (number|percentage))\b/, "number"],
  [/\b(mengapa|kenapa|apa (sebab|alasan|penyebab)|why|what (caused|is the reason))\b/, "cause"],
  [/\b(bagaimana|how)\b/, "manner"],
  [/\b(apa|apakah|what|which)\b/, "thing"],
];

/** The kind of answer a (folded, chat-spelling-expanded) question asks for. */
export function questionType(folded: string): QuestionType {
  // The particle -kah does not change the question: "kapankah" asks what "kapan" asks.
  const plain = folded.replace(/\b(kapan|siapa|dimana|di mana|mana|berapa|mengapa|kenapa|bagaimana|apa)kah\b/g, "$1");
  for (const [pattern, type] of RULES) if (pattern.test(plain)) return type;
  return "unknown";
}
