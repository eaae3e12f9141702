/** One page of a knowledge corpus, as loaded from its Markdown file. */
export interface CorpusDocument {
  /** The file name without `.md`. */
  readonly id: string;
  readonly title: string;
  /** Where it came from, relative to the app, e.g. `corpus/sop/account-lockout-response.md`. */
  readonly source: string;
  /** The Markdown after the title line. */
  readonly body: string;
}
