/**
 * Plain data shared by the core and every adapter. Nothing here knows a platform.
 */
import type { NumberDetail } from "./search/question-type.js";

/** Metadata from an article's front matter; only what the file states. */
export interface ArticleMeta {
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly language?: string;
  readonly date?: string;
  readonly author?: string;
}

/** A paragraph as it stands in the file: body text or a section heading. */
export interface Paragraph {
  /** 1-based position among the article's paragraphs, headings included. */
  readonly number: number;
  readonly kind: "body" | "heading";
  readonly text: string;
}

/** Where a sentence stands, and its verbatim text. The shape answers and quotes are cited with. */
export interface SentenceRef {
  /** Article id: the file name without extension. */
  readonly article: string;
  /** 1-based paragraph number (headings counted). */
  readonly paragraph: number;
  /** 1-based sentence number within the article's body. */
  readonly sentence: number;
  /** The sentence exactly as the article has it. */
  readonly text: string;
}

/**
 * The exact answer inside a sentence ("tiga" in "... membangun tiga jembatan baru ..."):
 * UTF-16 offsets into the sentence's text, and `text` = `sentence.text.slice(start, end)`.
 */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence offered as an answer, with the span that answers the question, or null if none. */
export interface AnswerSentence extends SentenceRef {
  readonly span: Span | null;
}

/** A body sentence with what the splitter learned about it. */
export interface Sentence extends SentenceRef {
  /** The sentence begins inside a quotation opened in an earlier sentence. */
  readonly continuesQuote: boolean;
  /** The sentence's quotation is still open at its end (it goes on in the next sentence). */
  readonly opensQuote: boolean;
}

export interface Article {
  readonly id: string;
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

export interface Corpus {
  readonly articles: readonly Article[];
}

/** The language the bot speaks back in: that of the question. */
export type Lang = "id" | "en";

/** A message from any platform, already translated by its adapter. */
export interface Incoming {
  /** What the person typed (a command or a question); may be empty when `action` is set. */
  readonly text: string;
  /** A button's action string, when the message is a button press. */
  readonly action?: string;
  /**
   * Named command arguments, when the platform has them as typed fields (Discord's slash-command
   * options, keyed by the option names the command declares). A command that finds any of its
   * options here reads them instead of splitting `text`, so `/quote speaker:"Retno Marsudi"
   * topic:nuklir` needs no guess where the name ends. `text` still carries the command with the
   * values written out, for the reply's language and for logs. Absent on platforms where people
   * type the arguments (Telegram, the console).
   */
  readonly options?: Readonly<Record<string, string | number>>;
  readonly chat: { readonly id: string; readonly kind: "private" | "group" | "console" };
  readonly from: { readonly id: string; readonly name?: string };
  /** The language the platform reports for the person (e.g. Telegram's language_code), if any. */
  readonly locale?: string;
  /**
   * The bot's own message this one replies to (Telegram reply_to_message, a Discord message
   * reference, "^" in the console), as the platform gives it back: its text. A reply to an answer is
   * read as a follow-up to it; absent for anything that is not a reply to the bot.
   */
  readonly replyTo?: { readonly text: string };
}

/** A button an adapter may render; `action` fits Telegram's 64-byte callback data. */
export interface Button {
  readonly label: string;
  readonly action: string;
  /** What the button does to a paged list, for platforms with their own paging (Telegram inline). */
  readonly rel?: "next" | "previous";
}

/** A quotation found in the article. */
export interface Quote {
  readonly speaker: string;
  /** The words that named the speaker in the text ("kata Retno", "ujar dia"). */
  readonly cue: string;
  readonly kind: "direct" | "indirect";
  /** Verbatim words of the article. */
  readonly text: string;
  readonly article: string;
  readonly paragraph: number;
  readonly sentence: number;
}

/** One piece of a reply. Adapters render each kind for their platform. */
export type Block =
  /** The bot's own words, in the reply's language. */
  | { readonly kind: "text"; readonly text: string }
  /** The answer: a sentence of the article, verbatim. */
  | {
      readonly kind: "answer";
      readonly sentence: SentenceRef;
      /** In [0, 1]; people see it in words (MESSAGES.confidenceWords). */
      readonly confidence: number;
      /** The exact answer inside the sentence: shown first, and marked inside the quoted sentence. */
      readonly span?: Span | null;
    }
  /** Where the answer stands: article (title when known), paragraph, sentence. */
  | { readonly kind: "citation"; readonly ref: SentenceRef; readonly label: string }
  /** Sentences the answer leans on (a pronoun's antecedent, a quotation's first half). */
  | { readonly kind: "context"; readonly sentences: readonly SentenceRef[] }
  /** Other sentences that scored close, best first. */
  | { readonly kind: "alternatives"; readonly title: string; readonly sentences: readonly SentenceRef[] }
  /** Sentences listed in order (a summary, the sentences around an answer). */
  | { readonly kind: "sentences"; readonly title: string; readonly sentences: readonly SentenceRef[] }
  /**
   * Quotations of one or more speakers; `footer` is a short line of the bot's own words to show
   * under them (which page of a long list this is).
   */
  | { readonly kind: "quotes"; readonly title: string; readonly quotes: readonly Quote[]; readonly footer?: string }
  | { readonly kind: "buttons"; readonly buttons: readonly Button[] };

/** What the core answers to every Incoming. Never thrown, always returned. */
export interface Reply {
  readonly lang: Lang;
  readonly blocks: readonly Block[];
  /**
   * For a button press: how the reply goes with the message the button is under. "replace": it
   * takes that message's place (the next page of a list); "append": it is added to that message
   * (the context of an answer). Absent: a message of its own.
   */
  readonly edit?: "replace" | "append";
}

/** The core's answer to one question, the data behind an "ask" reply and the CLI's JSON. */
export interface Answer {
  readonly question: string;
  readonly lang: Lang;
  /** False when the article does not cover the question. */
  readonly answered: boolean;
  /** In [0, 1]. */
  readonly confidence: number;
  /** The answering sentence with its answer span (null when the question asks for no specific thing). */
  readonly answer: AnswerSentence | null;
  readonly context: readonly SentenceRef[];
  /**
   * Close runners-up when answered, each with its own span; the nearest sentences the article has
   * when not (no span: they are not offered as answers).
   */
  readonly alternatives: readonly (SentenceRef & { readonly span?: Span | null })[];
  /**
   * When not answered because the nearest sentence lacks the kind of thing asked for: that kind
   * ("time" for "kapan", "duration" for "berapa lama"), so the reply can say "the article does not
   * say when".
   */
  readonly missing?: "person" | "time" | "place" | "number" | "cause" | NumberDetail;
  /**
   * When not answered although the article is on the question's topic: what the question asks, in
   * the asker's own words as an indirect question ("berapa hadiah uangnya"), so the reply can say
   * "the article does not mention berapa hadiah uangnya". Absent when the question has no clean such
   * phrase (chat spellings, several questions): the reply then says what `missing` allows.
   */
  readonly asked?: string;
  /** For a follow-up: the question it was read as, with what it left out filled in from the earlier exchange. */
  readonly followup?: string;
}
