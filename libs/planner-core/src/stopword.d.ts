declare module 'stopword' {
  /** English stopwords (function words), lower case. */
  export const eng: readonly string[];
}
