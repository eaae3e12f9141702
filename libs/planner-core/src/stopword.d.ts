declare module 'stopword' {
  /** English stopwords (function words), lower case. */
  export const eng: readonly string[];
  /** Spanish, German, French, Portuguese, Italian and Dutch stopwords, lower case. */
  export const spa: readonly string[];
  export const deu: readonly string[];
  export const fra: readonly string[];
  export const por: readonly string[];
  export const ita: readonly string[];
  export const nld: readonly string[];
}
