/** Characters of the question read for the way it is written. */
const MAX_TEXT = 1_000;

/** What the rule watches, narrowed down ("focusing on process names", "specifically the run keys"). */
const NARROWED_FOCUS = /\b(?:focusing\s+on|specifically)\b/i;

/** The text calls itself an analytic ("this analytic looks for …"), as a detection rule's summary does. */
const SELF_ANALYTIC = /\b(?:this|the following)\s+analytics?\b/i;

/** The data it reads put after a comma (", leveraging the proxy logs"), as a detection rule's summary puts it. */
const LEVERAGED_DATA = /,\s*leveraging\b/i;

const MARKS: ReadonlyArray<{ readonly mark: string; readonly pattern: RegExp }> = [
  { mark: 'calls itself an analytic', pattern: SELF_ANALYTIC },
  { mark: 'says what data it leverages', pattern: LEVERAGED_DATA },
  { mark: 'narrows what it watches', pattern: NARROWED_FOCUS },
];

/**
 * The marks of a detection rule's summary the text carries (it calls itself an analytic, says ", leveraging" the
 * data it reads, or narrows what it watches: "focusing on …", "specifically …"): a rule written for a detection
 * content library, which reads differently from an ad-hoc hunting query ("look for …", "this query shows …").
 * Empty when it has none.
 */
export function detectionStyleMarks(text: string): string[] {
  const slice = text.slice(0, MAX_TEXT);
  return MARKS.filter(({ pattern }) => pattern.test(slice)).map(({ mark }) => mark);
}
