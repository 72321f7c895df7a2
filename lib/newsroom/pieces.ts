// The newsroom's commands on pieces: who may do what, validation, and the publish gate.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { approveLiveChange } from '@/db/queries/review';
import { createPiece, freeArticleSlug, getPiece, keepDraftRevision, savePiece, storeDraft, transitionPiece, type Piece, type PieceFields, type TransitionChange } from '@/db/queries/pieces';
import { firstAuthorId } from '@/db/queries/taxonomy';
import type { StaffUser } from '@/db/queries/users';
import { ALL_STAFF, command, formInteger, type ActionState } from '@/lib/auth/actions';
import type { Role } from '@/lib/auth/roles';
import { DEFAULT_DISCLAIMER, missingForPublication } from '@/lib/content/editorial';
import { followsTitle, isSlug, slugify } from '@/db/slugs';
import { summarise } from '@/lib/content/summarise';
import { isOurImage } from '@/lib/media/urls';
import { refusal, WORKFLOW, type Move } from './workflow';
import { approvalGate, liveChangeRefusal } from './approval';
import { denied, notFound, stale } from './refusals';
import { formatZonedTime } from './time';
import { env } from '@/lib/env';
import { BODY_MAX_CHARACTERS, bodyColumns } from '@/lib/content/body';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { parseBodyDocument } from '@/lib/content/document/validate';
import { EMPTY_DOCUMENT, type BodyDocument } from '@/lib/content/document/types';

const EDITORS: readonly Role[] = ['editor', 'admin'];

// Lists travel from the form as JSON strings.
const jsonList = (item: z.ZodString, max: number, label: string) =>
  z
    .string()
    .default('[]')
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: `${label} could not be read.` });
        return z.NEVER;
      }
    })
    .pipe(z.array(item).max(max, `At most ${max} ${label.toLowerCase()}.`));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => v || null);

const pieceForm = z.object({
  id: formInteger.optional(),
  version: formInteger.optional(),
  // A draft may be saved before it has a headline; the publish gate asks for one.
  title: z.string().trim().max(200, 'Use at most 200 characters.').default(''),
  slug: z.string().trim().max(100, 'Use at most 100 characters.').refine((s) => s === '' || isSlug(s), 'Use lowercase letters, digits and single hyphens.').optional(),
  dek: z.string().trim().max(300, 'Use at most 300 characters.').default(''),
  keyPoints: jsonList(z.string().trim().min(1, 'A key point cannot be empty.').max(300, 'Keep key points under 300 characters.'), 8, 'Key points'),
  // The editor sends its document; Markdown is accepted as an import where no document comes.
  bodyDoc: z
    .string()
    .optional()
    .transform((text, ctx): BodyDocument | undefined => {
      if (text === undefined) return undefined;
      let parsed;
      try {
        parsed = parseBodyDocument(JSON.parse(text));
      } catch {
        parsed = { ok: false as const, error: 'The body could not be read.' };
      }
      if (parsed.ok) return parsed.doc;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  body: z.string().max(BODY_MAX_CHARACTERS, `The body is too long: it can hold ${BODY_MAX_CHARACTERS.toLocaleString('en')} characters, formatting included.`).optional(),
  summary: z.string().trim().max(1000, 'Use at most 1,000 characters.').default(''),
  disclaimer: z.string().trim().max(2000, 'Use at most 2,000 characters.').default(DEFAULT_DISCLAIMER),
  categoryId: z.union([z.literal(''), formInteger]).optional().transform((v) => (v ? v : null)),
  authorId: formInteger.optional(),
  tags: jsonList(z.string().trim().min(1).max(60, 'Keep tags under 60 characters.'), 12, 'Tags'),
  seoTitle: optionalText(200),
  seoDescription: optionalText(300),
  correctionNote: optionalText(500),
  coverImageUrl: z.string().trim().default('').refine((url) => url === '' || isOurImage(url), 'Upload the cover here; images from elsewhere cannot be used.'),
  coverImageAlt: z.string().trim().max(300, 'Use at most 300 characters.').default(''),
}).refine((form) => !form.coverImageUrl || form.coverImageAlt, { path: ['coverImageAlt'], message: 'Describe the cover image for readers who cannot see it.' });

type Ownership = Pick<Piece, 'authorUserId' | 'createdById' | 'assigneeId' | 'status'>;

/** A writer's own pieces: those they write, started, or were assigned. */
export const isOwnPiece = (user: Pick<StaffUser, 'id'>, piece: Ownership) => piece.authorUserId === user.id || piece.createdById === user.id || piece.assigneeId === user.id;

/** Writers touch only their own pieces, and only before they are scheduled or published. */
export function mayEdit(user: StaffUser, piece: Ownership): boolean {
  if (user.role !== 'writer') return true;
  return isOwnPiece(user, piece) && (piece.status === 'draft' || piece.status === 'in_review');
}

// Drizzle wraps the driver's error; Postgres' code and constraint are on the cause.
const postgresError = (error: unknown) => ((error as { cause?: unknown }).cause ?? error) as { code?: string; constraint_name?: string };
const isUniqueViolation = (error: unknown) => postgresError(error).code === '23505';
// A category or author id that names no row (deleted meanwhile, or sent by hand) fails its foreign key.
const missingReference = (error: unknown) => {
  const { code, constraint_name: constraint = '' } = postgresError(error);
  if (code !== '23503') return null;
  return constraint.includes('category_id') ? 'categoryId' : constraint.includes('author_id') ? 'authorId' : null;
};


/**
 * A slug follows the headline until the piece is first published or someone types one; after publication it only
 * changes by hand (and the old one redirects). One that follows the headline takes the next free suffix when
 * another piece has it; a typed one is the writer's choice, refused if taken.
 */
async function pieceSlug(form: { slug?: string; title: string }, existing: Piece | null): Promise<string> {
  if (existing?.publishedAt) return form.slug || existing.slug;
  if (form.slug && form.slug !== existing?.slug) return form.slug;
  const followsHeadline = !existing || existing.title === '' || followsTitle(existing.slug, existing.title);
  if (!followsHeadline) return existing.slug;
  // An untitled draft keeps the placeholder it was created with until it has a headline.
  if (!form.title) return existing?.slug ?? freeArticleSlug(slugify(''), null);
  return existing && followsTitle(existing.slug, form.title) ? existing.slug : freeArticleSlug(slugify(form.title), existing?.id ?? null);
}

/**
 * Starts a piece: an empty draft that exists before its first word, so that nothing typed ever waits on the piece
 * being created (typing during a new piece's first save used to lose words).
 */
export const startPieceCommand = command(ALL_STAFF, z.object({}), async (_form, user) => {
  const authorId = user.authorId ?? (user.role === 'writer' ? null : await firstAuthorId());
  if (!authorId) return { error: 'Your account has no author profile yet: ask an admin to add one.', status: 422 };
  return { ok: 'Started a new piece.', data: { id: await createPiece(emptyDraft(authorId), user.id) } };
});

/** A draft with nothing written yet, under a placeholder slug until it has a headline. */
export function emptyDraft(authorId: number): PieceFields {
  return {
    title: '',
    slug: `untitled-${randomBytes(4).toString('hex')}`,
    dek: '',
    keyPoints: [],
    ...bodyColumns(EMPTY_DOCUMENT),
    summary: '',
    summarySource: 'generated',
    disclaimer: DEFAULT_DISCLAIMER,
    categoryId: null,
    authorId,
    tagNames: [],
    seoTitle: null,
    seoDescription: null,
    correctionNote: null,
    coverImageUrl: null,
    coverImageAlt: '',
  };
}

type PieceForm = z.infer<typeof pieceForm>;

/** The fields a save stores, from the form and the piece as it is; or why they cannot be stored. */
async function pieceFields(form: PieceForm, existing: Piece | null, user: StaffUser): Promise<PieceFields | ActionState> {
  if (!form.title && existing && existing.status !== 'draft') return { error: 'A piece beyond a draft keeps its headline.', status: 422, fieldErrors: { title: ['Give the piece a headline.'] } };
  const authorId = user.role === 'writer' ? (existing?.authorId ?? user.authorId) : (form.authorId ?? existing?.authorId ?? user.authorId);
  if (!authorId) return { error: 'Choose an author for the piece.', status: 422, fieldErrors: { authorId: ['Choose an author.'] } };
  // An editor's summary always wins; an empty one is generated from the body and labelled as such.
  // The editor shows a generated summary in its field: sending it back unchanged is not writing one.
  const ownSummary = existing?.summarySource === 'generated' && form.summary === existing.summary ? '' : form.summary;
  const body = bodyColumns(form.bodyDoc ?? (form.body === undefined ? EMPTY_DOCUMENT : markdownToDocument(form.body)));
  const over = body.body.length - BODY_MAX_CHARACTERS;
  if (over > 0) {
    const message = `The body is too long to store: shorten it by about ${over.toLocaleString('en')} characters (it can hold ${BODY_MAX_CHARACTERS.toLocaleString('en')}, formatting included).`;
    return { error: message, status: 422, fieldErrors: { bodyDoc: [message] } };
  }
  const generated = ownSummary ? null : summarise(body.body);
  return {
    title: form.title,
    slug: await pieceSlug(form, existing),
    dek: form.dek,
    keyPoints: form.keyPoints,
    ...body,
    summary: ownSummary || generated || '',
    summarySource: ownSummary ? 'editor' : 'generated',
    disclaimer: form.disclaimer,
    categoryId: form.categoryId,
    authorId,
    tagNames: form.tags,
    seoTitle: form.seoTitle,
    seoDescription: form.seoDescription,
    correctionNote: existing?.status === 'published' ? form.correctionNote : null,
    coverImageUrl: form.coverImageUrl || null,
    coverImageAlt: form.coverImageUrl ? form.coverImageAlt : '',
  };
}

const isRefusal = (fields: PieceFields | ActionState): fields is ActionState => 'error' in fields;
const slugTaken: ActionState = { error: 'Another piece already uses that slug.', status: 422, fieldErrors: { slug: ['Another piece already uses that slug.'] } };

export const savePieceCommand = command(ALL_STAFF, pieceForm, async (form, user) => {
  const existing = form.id ? await getPiece(form.id) : null;
  if (form.id && !existing) return notFound;
  if (existing && !mayEdit(user, existing)) return denied;
  const held = existing && liveChangeRefusal(user, existing);
  if (held) return held;
  const fields = await pieceFields(form, existing, user);
  if (isRefusal(fields)) return fields;
  try {
    if (!existing) {
      const id = await createPiece(fields, user.id);
      return { ok: 'Saved.', data: { id, version: 1, slug: fields.slug, summary: fields.summary, summarySource: fields.summarySource } };
    }
    if (!form.version) return { error: 'The version being edited is missing.', status: 422 };
    const saved = await savePiece(existing.id, form.version, fields, user.id);
    if (!saved.ok && saved.reason === 'missing') return notFound;
    if (!saved.ok) {
      return {
        error: 'Someone else saved this piece after you opened it. Your text is kept below; nothing was overwritten.',
        status: 409,
        data: { current: saved.reason === 'conflict' ? saved.current : null },
      };
    }
    if (existing.status === 'published' && existing.marketMoving) await approveLiveChange(existing.id, user.id);
    return { ok: 'Saved.', data: { id: existing.id, version: saved.version, slug: fields.slug, summary: fields.summary, summarySource: fields.summarySource } };
  } catch (error) {
    if (isUniqueViolation(error)) return slugTaken;
    const missing = missingReference(error);
    if (missing) return { error: 'Please correct the fields marked below.', status: 422, fieldErrors: { [missing]: ['Choose one from the list.'] } };
    throw error;
  }
});

/** How often a draft written together is kept as a revision while it is being edited. */
export const DRAFT_REVISION_EVERY_SECONDS = 5 * 60;

/**
 * A draft written together follows its shared document (lib/collab/): stored as it changes, with no new version
 * (edits merged by Yjs are not conflicts) and no revision each second, but one every five minutes of editing. A story
 * past review keeps its columns until an editor saves (puts the changes live, or moves it on).
 */
export const storeSharedDraftCommand = command(ALL_STAFF, pieceForm, async (form, user) => {
  const existing = form.id ? await getPiece(form.id) : null;
  if (!existing) return notFound;
  if (!mayEdit(user, existing)) return denied;
  if (existing.status !== 'draft' && existing.status !== 'in_review') return { ok: 'Kept in the shared document.' };
  const fields = await pieceFields(form, existing, user);
  if (isRefusal(fields)) return fields;
  try {
    if (!(await storeDraft(existing.id, fields))) return { ok: 'Kept in the shared document.' };
    // Every few minutes of editing the draft also becomes a revision, with a version its editors are told of.
    const version = await keepDraftRevision(existing.id, user.id, DRAFT_REVISION_EVERY_SECONDS);
    return { ok: 'Stored.', data: { slug: fields.slug, version } };
  } catch (error) {
    if (isUniqueViolation(error)) return slugTaken;
    const missing = missingReference(error);
    if (missing) return { error: 'Please correct the fields marked below.', status: 422, fieldErrors: { [missing]: ['Choose one from the list.'] } };
    throw error;
  }
});

const target = z.object({ id: formInteger, version: formInteger });

/** Who may make a move at all; whether the piece's status allows it is checked against the same table below. */
const rolesFor = (move: Move): readonly Role[] => (WORKFLOW[move].editorsOnly ? EDITORS : ALL_STAFF);

/**
 * Makes `move` on a piece if the workflow table allows it from the piece's status: the update checks both the
 * version the client saw and that status, so a piece moved meanwhile is refused rather than moved twice.
 */
async function makeMove(move: Move, piece: Piece, version: number, user: StaffUser, change: TransitionChange, ok: string): Promise<ActionState> {
  const refused = refusal(move, piece.status, user);
  if (refused) return { error: refused, status: 409 };
  const { from, to } = WORKFLOW[move];
  return (await transitionPiece(piece.id, version, from, { status: to, ...change }, user.id, move)) ? { ok } : stale;
}

async function findPiece(id: number): Promise<Piece | ActionState> {
  return (await getPiece(id)) ?? notFound;
}

// A piece goes live only complete.
function gateOpen(piece: Piece): ActionState | null {
  const missing = missingForPublication(piece);
  return missing.length ? { error: `Before publishing, add ${missing.join(', ')}.`, status: 422, data: { missing } } : null;
}

const isPiece = (found: Piece | ActionState): found is Piece => 'slug' in found;

export const submitForReview = command(rolesFor('submit'), target, async ({ id, version }, user) => {
  const piece = await findPiece(id);
  if (!isPiece(piece)) return piece;
  if (!mayEdit(user, piece)) return denied;
  if (!piece.title.trim()) return { error: 'Give the piece a headline before sending it for review.', status: 422, fieldErrors: { title: ['Give the piece a headline.'] } };
  return makeMove('submit', piece, version, user, { review: { submitted: true } }, 'Sent to the editors for review.');
});

/** Back to its writer with a note, which they see on their dashboard and in the piece until they submit it again. */
export const sendBackToWriter = command(rolesFor('send_back'), target.extend({ note: z.string().trim().min(1, 'Tell the writer what to change.').max(2000, 'Keep the note under 2,000 characters.') }), async ({ id, version, note }, user) => {
  const piece = await findPiece(id);
  if (!isPiece(piece)) return piece;
  const writers = [piece.submittedById, piece.authorUserId, piece.createdById, piece.assigneeId].filter((userId) => userId !== null);
  return makeMove('send_back', piece, version, user, { review: { returnNote: note, notify: writers } }, 'Sent back to the writer with your note.');
});

// A story that was public before keeps its first publication time, unless the editor publishes it as new.
export const publishPiece = command(rolesFor('publish'), target.extend({ asNew: z.enum(['true', 'false']).default('false') }), async ({ id, version, asNew }, user) => {
  const piece = await findPiece(id);
  if (!isPiece(piece)) return piece;
  const keepsDate = piece.publishedAt !== null && asNew === 'false';
  const held = refusal('publish', piece.status, user) === null ? (gateOpen(piece) ?? (await approvalGate(piece.id))) : null;
  if (held) return held;
  return makeMove('publish', piece, version, user, { scheduledFor: null, publishedAt: keepsDate ? 'keep' : 'now' }, keepsDate ? 'Published again, with its first publication time.' : 'Published.');
});

export const schedulePiece = command(rolesFor('schedule'), target.extend({ at: z.coerce.date() }), async ({ id, version, at }, user) => {
  if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) return { error: 'Choose a time in the future.', status: 422, fieldErrors: { at: ['Choose a time in the future.'] } };
  // Past 9999 the ISO text has a six-digit year, which Postgres cannot read.
  if (at.getUTCFullYear() > 9999) return { error: 'Choose a time before the year 10000.', status: 422, fieldErrors: { at: ['Choose a time before the year 10000.'] } };
  const piece = await findPiece(id);
  if (!isPiece(piece)) return piece;
  const held = refusal('schedule', piece.status, user) === null ? (gateOpen(piece) ?? (await approvalGate(piece.id))) : null;
  if (held) return held;
  return makeMove('schedule', piece, version, user, { scheduledFor: at }, `Scheduled for ${formatZonedTime(at, env.NEWSROOM_TIMEZONE)}.`);
});

export const unpublishPiece = command(rolesFor('unpublish'), target, async ({ id, version }, user) => {
  const piece = await findPiece(id);
  return isPiece(piece) ? makeMove('unpublish', piece, version, user, { scheduledFor: null }, 'Unpublished; the piece is a draft again.') : piece;
});

export const archivePiece = command(rolesFor('archive'), target, async ({ id, version }, user) => {
  const piece = await findPiece(id);
  return isPiece(piece) ? makeMove('archive', piece, version, user, { scheduledFor: null }, 'Archived.') : piece;
});

export const reopenPiece = command(rolesFor('reopen'), target, async ({ id, version }, user) => {
  const piece = await findPiece(id);
  return isPiece(piece) ? makeMove('reopen', piece, version, user, {}, 'Reopened as a draft.') : piece;
});

/** Whoever may edit a piece may preview it; a writer also previews their own piece once it is scheduled or published. */
export function mayView(user: StaffUser, piece: Ownership): boolean {
  return mayEdit(user, piece) || isOwnPiece(user, piece);
}
