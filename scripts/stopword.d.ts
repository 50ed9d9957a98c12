/** npm `stopword` ships no types: the per-language lists the derivation scripts read. */
declare module 'stopword' {
  export const bul: string[];
  export const ces: string[];
  export const dan: string[];
  export const deu: string[];
  export const ell: string[];
  export const eng: string[];
  export const est: string[];
  export const fin: string[];
  export const fra: string[];
  export const hrv: string[];
  export const hun: string[];
  export const ita: string[];
  export const lav: string[];
  export const lit: string[];
  export const nld: string[];
  export const nob: string[];
  export const pol: string[];
  export const por: string[];
  export const ron: string[];
  export const slk: string[];
  export const slv: string[];
  export const spa: string[];
  export const swe: string[];
}
