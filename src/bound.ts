import { OUTPUT } from "./defaults.js";
import type { Block, Reply } from "./types.js";
import { truncate } from "./text/truncate.js";

/** A reply whose every text piece is at most OUTPUT.maxBlockChars, cut without splitting a pair. */
export function boundReply(reply: Reply): Reply {
  return { ...reply, blocks: reply.blocks.map(boundBlock) };
}

function boundBlock(block: Block): Block {
  switch (block.kind) {
    case "text":
      return { ...block, text: truncate(block.text, OUTPUT.maxBlockChars) };
    case "answer":
      return { ...block, sentence: { ...block.sentence, text: truncate(block.sentence.text, OUTPUT.maxBlockChars) } };
    case "quotes":
      return { ...block, quotes: block.quotes.map((q) => ({ ...q, text: truncate(q.text, OUTPUT.maxBlockChars) })) };
    default:
      return block;
  }
}
