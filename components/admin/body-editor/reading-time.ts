/** An adult reads news at about 230 words a minute. */
const WORDS_PER_MINUTE = 230;

/** "412 words · 2 min read": rounded up, and never less than a minute. */
export function describeLength(words: number): string {
  const minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
  return `${words} ${words === 1 ? 'word' : 'words'} · ${minutes} min read`;
}
