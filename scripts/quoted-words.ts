/**
 * A sorted word list written as a TypeScript string constant over several lines
 * (`'a b c ' +` … `'x y z'`), so a derived module stays short and diffs line by line. Shared by
 * the derivation scripts; not run by tests.
 */
export function quotedWords(name: string, words: Iterable<string>, perLine: number): string {
  const sorted = [...words].sort();
  const lines: string[] = [];
  for (let i = 0; i < sorted.length; i += perLine)
    lines.push(`  '${sorted.slice(i, i + perLine).join(' ')} ' +`);
  return `export const ${name} =\n${lines.join('\n').replace(/ ' \+$/, "'")};\n`;
}
