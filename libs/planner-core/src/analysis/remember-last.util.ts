/**
 * A pure reading of a text that keeps its last answer: the readers of one question ask for the same reading of the
 * same text more than once (the analyzer and the constraints, the time reader and the clarification), and the answer
 * cannot have changed. Only for readings whose answer is a value (a string, a boolean), never a list or an object a
 * caller could change.
 */
export function rememberLast<Answer extends string | boolean>(
  read: (text: string) => Answer,
): (text: string) => Answer {
  let lastText: string | undefined;
  let lastAnswer: Answer | undefined;
  return (text) => {
    if (text !== lastText || lastAnswer === undefined) {
      lastAnswer = read(text);
      lastText = text;
    }
    return lastAnswer;
  };
}
