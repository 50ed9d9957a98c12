/** npm `stopword` ships no types: the per-language lists the derivation scripts read. */
declare module 'stopword' {
  export const deu: string[];
  export const eng: string[];
  export const fra: string[];
  export const nld: string[];
  export const pol: string[];
  export const por: string[];
  export const spa: string[];
  export const swe: string[];
}
