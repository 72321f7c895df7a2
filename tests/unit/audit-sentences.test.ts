// The audit log reads as sentences: one for every action the code records, found in the code itself, so a new
// action without a sentence fails here (and in tsc, through the Record in lib/newsroom/audit-sentences.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@/db/queries/audit';
import { auditActionLabel, auditSentence, formatDelay, sentenceText, type AuditSentenceRow } from '@/lib/newsroom/audit-sentences';
import { WORKFLOW } from '@/lib/newsroom/workflow';

const root = path.resolve(import.meta.dirname, '../..');
const sourcesUnder = (dir: string) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('migrations'))
    .map((file) => readFileSync(path.join(root, dir, file), 'utf8'));

// Every quoted name in an `action: …` of an audit entry, and every workflow move (recorded under its own name).
function actionsInCode(): string[] {
  const found = new Set<string>(Object.keys(WORKFLOW));
  for (const source of [...sourcesUnder('db'), ...sourcesUnder('lib')]) {
    if (!/recordAudit|savePiece\(/.test(source)) continue;
    for (const [, expression] of source.matchAll(/\baction: ([^,}]+)/g)) for (const [, name] of expression!.matchAll(/'([a-z_]+)'/g)) found.add(name!);
  }
  return [...found].sort();
}

const piece = (action: string, details: Record<string, unknown> = {}, actorName: string | null = 'Maya Okafor'): AuditSentenceRow => ({
  action,
  entityType: 'article',
  entityId: '42',
  details,
  actorName,
  subject: 'Bitcoin miners hedge power costs',
});
const person = (action: string, details: Record<string, unknown>): AuditSentenceRow => ({ action, entityType: 'user', entityId: '7', details, actorName: 'Maya Okafor', subject: 'Sam Lee' });
const text = (row: AuditSentenceRow) => sentenceText(auditSentence(row, 'UTC'));

describe('audit sentences', () => {
  it('knows every action the code records, and no action the code no longer records', () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual(actionsInCode());
  });

  const expected: Record<(typeof AUDIT_ACTIONS)[number], [AuditSentenceRow, string]> = {
    submit: [piece('submit', { status: 'in_review', version: 3 }), 'Maya Okafor submitted ‘Bitcoin miners hedge power costs’ for review.'],
    send_back: [
      piece('send_back', { status: 'draft', note: 'The second paragraph needs a source for the hash-rate figure. '.repeat(3) }),
      'Maya Okafor sent ‘Bitcoin miners hedge power costs’ back to its writer: “The second paragraph needs a source for the hash-rate figure. The second paragraph needs a source for the hash-rate…”.',
    ],
    mark_market_moving: [piece('mark_market_moving'), 'Maya Okafor marked ‘Bitcoin miners hedge power costs’ as market-moving: a second editor must approve it.'],
    unmark_market_moving: [piece('unmark_market_moving'), 'Maya Okafor said ‘Bitcoin miners hedge power costs’ is not market-moving after all.'],
    approve: [piece('approve', { version: 5 }, 'Ada Admin'), 'Ada Admin approved the market-moving ‘Bitcoin miners hedge power costs’ as the second editor.'],
    publish: [piece('publish', { status: 'published', version: 4 }), 'Maya Okafor published ‘Bitcoin miners hedge power costs’.'],
    schedule: [
      piece('schedule', { status: 'scheduled', scheduledFor: '2026-12-07T09:46:12.000Z' }),
      'Maya Okafor scheduled ‘Bitcoin miners hedge power costs’ for 7 Dec 2026, 09:46 UTC.',
    ],
    unpublish: [piece('unpublish', { status: 'draft' }), 'Maya Okafor unpublished ‘Bitcoin miners hedge power costs’.'],
    archive: [piece('archive', { status: 'archived' }), 'Maya Okafor archived ‘Bitcoin miners hedge power costs’.'],
    reopen: [piece('reopen', { status: 'draft' }), 'Maya Okafor reopened ‘Bitcoin miners hedge power costs’ as a draft.'],
    publish_scheduled: [piece('publish_scheduled', { lateSeconds: 4 }, null), 'The scheduler published ‘Bitcoin miners hedge power costs’, 4 s after its scheduled time.'],
    restore: [piece('restore', { fromVersion: 3, version: 9 }), 'Maya Okafor restored revision 3 of ‘Bitcoin miners hedge power costs’.'],
    create_user: [person('create_user', { email: 'sam@example.com', role: 'editor', authorSlug: null }), 'Maya Okafor added Sam Lee (sam@example.com) as an editor.'],
    change_role: [person('change_role', { from: 'writer', to: 'editor' }), 'Maya Okafor changed Sam Lee’s role from writer to editor.'],
    disable_user: [person('disable_user', { from: 'active', to: 'disabled' }), 'Maya Okafor disabled Sam Lee’s account.'],
    enable_user: [person('enable_user', { from: 'disabled', to: 'active' }), 'Maya Okafor enabled Sam Lee’s account again.'],
  };

  it.each(AUDIT_ACTIONS.map((action) => [action, ...expected[action]] as const))('%s', (_, row, sentence) => {
    expect(text(row)).toBe(sentence);
  });

  it('links the headline to the piece', () => {
    expect(auditSentence(piece('publish'), 'UTC')).toContainEqual({ text: 'Bitcoin miners hedge power costs', href: '/admin/pieces/42' });
  });

  it('reads an unknown action as a sentence, never as JSON', () => {
    const sentence = text({ ...piece('bulk_retag', { tags: ['btc'], nested: { a: 1 } }) });
    expect(sentence).toBe('Maya Okafor recorded “bulk retag” on ‘Bitcoin miners hedge power costs’.');
    expect(sentence).not.toMatch(/[{}[\]]/);
  });

  it('still reads when details are missing or malformed, or the subject is gone', () => {
    expect(text(piece('restore', { fromVersion: 'three' }))).toBe('Maya Okafor restored an earlier revision of ‘Bitcoin miners hedge power costs’.');
    expect(text(piece('publish_scheduled', { lateSeconds: 0 }, null))).toBe('The scheduler published ‘Bitcoin miners hedge power costs’, on its scheduled time.');
    expect(text({ ...person('change_role', {}), subject: null })).toBe('Maya Okafor changed user 7’s role.');
    expect(text({ ...piece('schedule', { scheduledFor: 'soon' }), subject: null })).toBe('Maya Okafor scheduled ‘article 42’.');
  });

  it('names every action in words for the filter, and an unknown one in its own', () => {
    expect(AUDIT_ACTIONS.map(auditActionLabel).filter((label) => /_|^[a-z]/.test(label))).toEqual([]);
    expect(auditActionLabel('approve')).toBe('Approved as second editor');
    expect(auditActionLabel('rotate_keys')).toBe('rotate keys');
  });

  it('formats delays for the newsroom', () => {
    expect([4, 59, 60, 754, 3600, 7500].map(formatDelay)).toEqual(['4 s', '59 s', '1 min', '12 min', '1 h', '2 h 5 min']);
  });
});
