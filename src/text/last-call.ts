/**
 * A pure function of one string that remembers its last argument and result. A question's text is
 * read in turn by the ranker, the answer-type check and the span finder, each of which would redo
 * the same work on the same text; the next question simply replaces it.
 */
export function rememberLast<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = compute(text);
      lastText = text;
    }
    return lastValue;
  };
}
