// @mentions in a note: the notes panel inserts `@[Name](user:ID)` from its list of staff, so a mention names its
// person by id (two people may share a name, and a name may change) and shows as "@Name".

const MENTION = /@\[([^\]\n]{1,100})\]\(user:([1-9][0-9]{0,8})\)/g;

/** The token the notes panel inserts for a member of staff. */
export const mentionToken = (user: { id: number; name: string }) => `@[${user.name.replace(/[[\]\s]+/g, ' ').trim()}](user:${user.id}) `;

/** The ids of everyone a note mentions, each once. */
export function mentionedIds(body: string): number[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => Number(match[2])))];
}

export type NoteSegment = { text: string } | { mention: string; userId: number };

/** A note's text as plain runs and mentions, for display. */
export function noteSegments(body: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    if (match.index > last) segments.push({ text: body.slice(last, match.index) });
    segments.push({ mention: match[1]!, userId: Number(match[2]) });
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ text: body.slice(last) });
  return segments;
}
