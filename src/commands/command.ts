import type { Answer, Corpus, Incoming, Lang, Reply } from "../types.js";
import type { SearchIndex } from "../search/index.js";
import type { Focus } from "../followup/read.js";
import type { ExchangeStore } from "../followup/memory.js";

/** What a command may use: the corpus, its index, the answering function, and each chat's last exchange. */
export interface CoreServices {
  readonly corpus: Corpus;
  readonly index: SearchIndex;
  /** The answer to a question; a follow-up's `focus` keeps it to one article. */
  ask(question: string, focus?: Focus): Answer;
  /** Each chat's last answered question, for follow-ups (absent: replies lean on the answer alone). */
  readonly exchanges?: ExchangeStore;
}

/** An option a platform can show as a typed argument (Discord slash-command options). */
export interface CommandOption {
  readonly name: string;
  readonly type: "string" | "integer";
  readonly required: boolean;
  readonly description: { readonly id: string; readonly en: string };
  /** Offer completions (Discord autocomplete); the core answers them with `complete`. */
  readonly autocomplete?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** One command: its help text is its documentation, and `run` returns its reply. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: { readonly id: string; readonly en: string };
  readonly examples: readonly string[];
  readonly options: readonly CommandOption[];
  /** Shown in platform menus (/start is not). */
  readonly listed: boolean;
  /**
   * The reply. `args` is the typed text after the command; a command with options reads
   * `incoming.options` instead when the platform sent them by name (see `namedOptions`).
   */
  run(args: string, services: CoreServices, incoming: Incoming, lang: Lang): Reply;
  /** Completions for one of this command's options (values the person may pick), best first. */
  complete?(option: string, prefix: string, services: CoreServices): string[];
}
