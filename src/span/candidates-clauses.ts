/**
 * Answers that are phrases, not names or numbers: the reason after "karena" (or before
 * "sehingga"), the means after "melalui"/"dengan", the definition after "adalah".
 */
import { matchesOf, type Candidate } from "./candidate.js";

// Where a clause ends: a full stop, a semicolon, a clause-joining word, a speech tag after a comma.
const CLAUSE_END = /[.;!?](?=\s|$|["”’])|,?\s+(?:sehingga|namun|tetapi|sedangkan|padahal|meskipun|walaupun|but|whereas|although)\b|,\s*["”’]?\s*(?:kata|ujar|ungkap|tambah|jelas|tutur|katanya|ujarnya|tegas|said|says|added)\b|\s*["”’]?\s*$/u;
// A means phrase is short: it also ends at the next preposition or purpose word.
const PHRASE_END = /,|\s(?:untuk|agar|supaya|sehingga|karena|yang|dan|serta|di|ke|pada|seperti|to|for|so|because|and|which|that|in|at|on|like)\s/u;

function clauseEnd(text: string, from: number): number {
  const m = CLAUSE_END.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

const REASON = /(?<![\p{L}])(?:karena|sebab|lantaran|akibat|disebabkan oleh|disebabkan|dikarenakan|because of|because|due to|owing to|as a result of|thanks to)(?![\p{L}])\s*/giu;
// A purpose answers "why" too ("untuk memperkuat aliansi"), less surely than a cause.
const PURPOSE = /(?<![\p{L}])(?:agar|supaya|demi|guna|untuk|in order to|so as to)(?![\p{L}])\s*/giu;
const RESULT = /(?<![\p{L}])(?:sehingga|maka|oleh karena itu|so that|therefore|thus|hence)(?![\p{L}])/giu;

/** Why: the clause after a reason word, or the clause before a result word. */
export function reasonCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(REASON)) {
    const start = m.index + m[0].length;
    out.push({ start, end: clauseEnd(text, start), prior: 1, clause: true });
  }
  for (const m of text.matchAll(PURPOSE)) {
    const start = m.index + m[0].length;
    out.push({ start, end: clauseEnd(text, start), prior: 0.5, clause: true });
  }
  for (const m of text.matchAll(RESULT)) {
    const before = text.slice(0, m.index);
    const open = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.search(/\bbahwa\s/) >= 0 ? before.search(/\bbahwa\s/) + 6 : -1);
    out.push({ start: open + 1, end: m.index, prior: 0.6, clause: true });
  }
  return out;
}

const MEANS = /(?<![\p{L}])(?:melalui|lewat|via|secara|dengan cara|dengan|menggunakan|memakai|by|through|using|via|with)(?![\p{L}])/giu;
// "bergabung dengan para pemimpin": "dengan" before a person or group is company, not means.
const COMPANY = /^\s*(?:para|sang|kami|kita|mereka|dia|ia|beliau|pihak|seluruh|semua|\p{Lu})/u;

/** How: the means phrase, with its preposition ("melalui konferensi video"). */
export function mannerCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MEANS)) {
    const after = m.index + m[0].length;
    const weak = /^(dengan|with|by)$/i.test(m[0]);
    if (weak && COMPANY.test(text.slice(after))) continue;
    const rest = text.slice(after, clauseEnd(text, after));
    const stop = PHRASE_END.exec(rest);
    const end = after + (stop ? stop.index : rest.length);
    if (end > after + 1) out.push({ start: m.index, end, prior: weak ? 0.6 : 0.9, keepLead: true, clause: true });
  }
  return out;
}

const COPULA = /(?<![\p{L}])(?:adalah|merupakan|ialah|yaitu|yakni|is|are|was|were|refers to|means)(?![\p{L}])\s*/giu;

/** What is X: what follows "adalah"/"merupakan"/"is", to the end of the clause. */
export function definitionCandidates(text: string): Candidate[] {
  return matchesOf(text, COPULA, 1).map((c) => ({ start: c.end, end: clauseEnd(text, c.end), prior: 1, clause: true }));
}
