// A mention is the token the notes panel inserts; a note shows it as "@Name" and tells the person by id.
import { describe, expect, it } from 'vitest';
import { mentionedIds, mentionToken, noteSegments } from '@/lib/newsroom/mentions';

describe('mentions in a note', () => {
  it('shows each mention as the name picked, between the words around it', () => {
    const body = `${mentionToken({ id: 7, name: 'Maya Okafor' })}can you check this? cc ${mentionToken({ id: 12, name: 'Daniel Reyes' })}`;
    expect(noteSegments(body)).toEqual([
      { mention: 'Maya Okafor', userId: 7 },
      { text: ' can you check this? cc ' },
      { mention: 'Daniel Reyes', userId: 12 },
      { text: ' ' },
    ]);
    expect(mentionedIds(body)).toEqual([7, 12]);
  });

  it('tells someone mentioned twice once, and takes an address or a hand-typed "@name" for plain text', () => {
    const token = mentionToken({ id: 3, name: 'Ada' });
    expect(mentionedIds(`${token} and again ${token}`)).toEqual([3]);
    expect(mentionedIds('mail ada@example.com or @Ada, or @[Ada](user:0) or @[Ada](user:x)')).toEqual([]);
  });

  it('keeps a name with brackets from breaking its token', () => {
    const token = mentionToken({ id: 5, name: 'Sam [desk]' });
    expect(noteSegments(token)).toEqual([{ mention: 'Sam desk', userId: 5 }, { text: ' ' }]);
  });
});
