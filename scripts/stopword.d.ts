/** npm `stopword` ships no types: the per-language lists scripts/derive-role-heads.ts reads. */
declare module 'stopword' {
  export const eng: string[];
  export const fra: string[];
  export const nld: string[];
  export const pol: string[];
  export const por: string[];
  export const spa: string[];
}
