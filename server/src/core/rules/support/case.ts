// Letter case inside words, shared by case-typo (documents) and line-typo (corpus lines).

export function titleCase(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1).toLocaleLowerCase();
}

/** Two or more capitals then lower case (`KIm`, `NGuyen`), not an acronym plural (`TVs`) or unit (`MHz`-like short). */
export function looksMixed(word: string): boolean {
  const match = /^(\p{Lu}{2,})(\p{Ll}[\p{Ll}\p{M}]*)$/u.exec(word.normalize('NFC'));
  return !!match && match[2] !== 's';
}
