'use client';

import type { Editor } from '@tiptap/core';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionState } from '@/lib/auth/actions';
import { readSharedBody, sharedFieldsAsForm, type SharedFields } from '@/lib/collab/shared-fields';
import type { BodyDocument } from '@/lib/content/document/types';
import type { Move, Status } from '@/lib/newsroom/workflow';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field, inputClass, Options } from '@/components/ui/field';
import { BodyEditor } from './body-editor/body-editor';
import { writerColor } from './body-editor/carets';
import { CoverField } from './cover-field';
import { KeyPointsField } from './key-points-field';
import { NotesPanel, type NotesPanelHandle, type NotesProps } from './notes/notes-panel';
import { LimitCounter } from './limit-counter';
import { PieceWorkflow, type PieceAction } from './piece-workflow';
import { SeoPreview } from './seo-preview';
import { editSharedField } from './shared/shared-edit';
import { useSharedFields } from './shared/use-shared-fields';
import { SaveIndicator } from './shared/save-indicator';
import { useSharedPiece, useSyncState, type SharedPiece } from './shared/use-shared-piece';
import { TagsField } from './tags-field';
import { useKeyboardInset } from './use-keyboard-inset';
import { useOthersPresent } from './use-others-present';

type Props = {
  id: number;
  version: number;
  /** The slug as stored: the address the piece has, also while the slug field is empty and follows the headline. */
  slug: string;
  status: Status;
  publishedBefore: boolean;
  scheduledFor: Date | null;
  /** The summary the server generated, shown while the writer has not written one. */
  generatedSummary: string;
  role: 'writer' | 'editor' | 'admin';
  me: { id: number; name: string };
  categories: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tags: string[];
  actions: Record<'save' | 'heartbeat' | Move, PieceAction>;
  importMarkdown: (markdown: string) => Promise<BodyDocument | null>;
  notes: NotesProps;
};

// Where each field's refusal points: the label a writer sees and the control the link in the summary goes to.
const FIELDS: Record<string, { label: string; target: string }> = {
  title: { label: 'Headline', target: 'title' },
  dek: { label: 'Dek', target: 'dek' },
  coverImageUrl: { label: 'Cover image', target: 'coverImage' },
  coverImageAlt: { label: 'Cover image alt text', target: 'coverImageAlt' },
  keyPoints: { label: 'Key points', target: 'key-point-0' },
  bodyDoc: { label: 'Body', target: 'body' },
  summary: { label: 'Summary', target: 'summary' },
  disclaimer: { label: 'Disclaimer', target: 'disclaimer' },
  slug: { label: 'Slug', target: 'slug' },
  categoryId: { label: 'Category', target: 'categoryId' },
  authorId: { label: 'Author', target: 'authorId' },
  tags: { label: 'Tags', target: 'tags' },
  seoTitle: { label: 'SEO title', target: 'seoTitle' },
  seoDescription: { label: 'SEO description', target: 'seoDescription' },
  correctionNote: { label: 'Correction note', target: 'correctionNote' },
};

const TITLE_MAX = 200;
const saveClass = 'min-h-11 shrink-0 rounded bg-brand-600 px-4 font-semibold whitespace-nowrap text-white hover:bg-brand-700';
const DEK_MAX = 300;

/** The editor for one piece: it opens once the piece's shared document is here (from this browser or the server). */
export function PieceEditor(props: Props) {
  const shared = useSharedPiece(props.id);
  const fields = useSharedFields(shared?.doc);
  const ready = useSyncState(shared, (s) => s.ready);
  const refused = useSyncState(shared, (s) => s.refused);
  if (!shared || !ready || !fields) return <p role="status">{refused ? 'You can no longer edit this piece.' : 'Opening the piece…'}</p>;
  return <SharedPieceEditor {...props} shared={shared} fields={fields} />;
}

/**
 * Everyone who opens a piece edits one shared document: every keystroke reaches the others and the server as it is
 * typed, and is kept in this browser until the server confirms it, so nothing typed is lost to a closed tab or a
 * dropped connection. A draft's columns follow within a second; a live story changes only on "Update live article".
 */
function SharedPieceEditor({ id, version: initialVersion, slug, status, publishedBefore, scheduledFor, generatedSummary, role, me, categories, authors, tags, actions, importMarkdown, notes, shared, fields }: Props & { shared: SharedPiece; fields: SharedFields }) {
  const router = useRouter();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<ActionState>({});
  const [correctionNote, setCorrectionNote] = useState('');
  // The document's change count at the last save: a live story has changes to put live while it is behind.
  const [savedChanges, setSavedChanges] = useState(() => shared.sync.get().changes);
  // The last store's note: it changes at most once a second, not with each keystroke.
  const note = useSyncState(shared, (s) => s.note) ?? null;
  const others = useOthersPresent(id, actions.heartbeat);
  const keyboardInset = useKeyboardInset();
  const [bodyEditor, setBodyEditor] = useState<Editor | null>(null);
  const notesPanel = useRef<NotesPanelHandle>(null);
  const commentOnSelection = useCallback(() => notesPanel.current?.commentOnSelection(), []);
  const writer = useMemo(() => ({ name: me.name, color: writerColor(me.id) }), [me.name, me.id]);
  // The version the last save or move left: the next one is made over it.
  const latestVersion = useRef(initialVersion);
  // A store that kept a revision (every few minutes of editing) moved the version on too.
  const storedVersion = note?.version;
  useEffect(() => {
    if (storedVersion) latestVersion.current = Math.max(latestVersion.current, storedVersion);
  }, [storedVersion]);

  const update = (field: keyof SharedFields, value: string) => editSharedField(shared.doc, field, value);

  // An explicit save: a revision of what is on screen, and for a live story the public text. One at a time, each
  // over the version the last one left.
  const save = useCallback(async (): Promise<boolean> => {
    setSaving(true);
    const changesAtSave = shared.sync.get().changes;
    try {
      const form = new FormData();
      const values = { ...sharedFieldsAsForm(id, fields, readSharedBody(shared.doc)), version: String(latestVersion.current), correctionNote };
      for (const [key, value] of Object.entries(values)) form.set(key, value);
      let state: ActionState;
      try {
        state = await actions.save({}, form);
      } catch {
        state = { error: 'Could not reach the server. Your text is kept in this browser; try again when the connection is back.' };
      }
      setResult(state);
      if (state.error) return false;
      const saved = (state.data as { version: number }).version;
      latestVersion.current = saved;
      setSavedChanges(changesAtSave);
      setCorrectionNote('');
      return true;
    } finally {
      setSaving(false);
    }
  }, [actions, correctionNote, fields, id, shared.sync, shared.doc]);

  async function transition(action: PieceAction, extra: Record<string, string> = {}): Promise<boolean> {
    // What is on screen is saved first, so a move never publishes an older text; taking a story down needs no save
    // (and must never wait on one: the changes stay in the shared document).
    const takesDown = action === actions.unpublish || action === actions.archive;
    if (!takesDown && !(await save())) return false;
    const form = new FormData();
    form.set('id', String(id));
    form.set('version', String(latestVersion.current));
    for (const [key, value] of Object.entries(extra)) form.set(key, value);
    const state = await action({}, form);
    setResult(state);
    if (state.error) return false;
    latestVersion.current += 1;
    router.refresh();
    return true;
  }

  const fieldErrors = { ...note?.fieldErrors, ...result.fieldErrors };
  const storedSlug = note?.slug ?? slug;
  const error = (name: string) => fieldErrors[name]?.join(' ');
  const refusals = Object.entries(fieldErrors).filter(([, messages]) => messages?.length);
  const editor = role !== 'writer';
  const live = status === 'published';
  const keyPoints = fields.keyPoints.split('\n');

  return (
    // Room at the bottom on phones for the action bar that stays over the page.
    <div className="grid gap-8 pb-48 lg:grid-cols-3 lg:pb-0">
      <div className="min-w-0 space-y-5 lg:col-span-2">
        {others.length > 0 && (
          <p role="status" className="rounded border border-sky-400 bg-sky-50 p-3 dark:bg-sky-950">
            Also open now by <strong>{others.join(', ')}</strong>. You are writing together: each of you sees the other’s changes as they are typed.
          </p>
        )}
        <Field id="title" label="Headline" error={error('title')}>
          <input id="title" data-shared-field="title" value={fields.title} onChange={(e) => update('title', e.target.value)} className={`${inputClass} text-lg font-bold`} aria-invalid={!!error('title')} aria-describedby="title-count" />
          <LimitCounter id="title-count" length={fields.title.length} max={TITLE_MAX} />
        </Field>
        <Field id="dek" label="Dek" error={error('dek')}>
          <input id="dek" data-shared-field="dek" value={fields.dek} onChange={(e) => update('dek', e.target.value)} className={inputClass} aria-describedby="dek-count" />
          <LimitCounter id="dek-count" length={fields.dek.length} max={DEK_MAX} />
        </Field>
        <CoverField
          url={fields.coverImageUrl}
          alt={fields.coverImageAlt}
          onUrlChange={(url) => update('coverImageUrl', url)}
          onAltChange={(alt) => update('coverImageAlt', alt)}
          errors={{ url: error('coverImageUrl'), alt: error('coverImageAlt') }}
        />
        <KeyPointsField points={keyPoints} onChange={(points) => update('keyPoints', points.join('\n'))} error={error('keyPoints')} />
        <BodyEditor doc={shared.doc} provider={shared.provider} writer={writer} importMarkdown={importMarkdown} error={error('bodyDoc')} onEditor={setBodyEditor} onComment={commentOnSelection} />
        <Field
          id="summary"
          label="Summary"
          hint="Leave empty to have one generated from the body."
          error={error('summary')}
        >
          <textarea id="summary" data-shared-field="summary" placeholder={generatedSummary ? `Generated automatically: ${generatedSummary}` : undefined} value={fields.summary} rows={3} onChange={(e) => update('summary', e.target.value)} className={inputClass} />
        </Field>
        <Field id="disclaimer" label="Disclaimer" error={error('disclaimer')}>
          <textarea id="disclaimer" data-shared-field="disclaimer" value={fields.disclaimer} rows={3} onChange={(e) => update('disclaimer', e.target.value)} className={inputClass} />
        </Field>
      </div>

      <aside className="min-w-0 space-y-5">
        {/* On a phone this bar stays at the bottom of the screen, lifted above the on-screen keyboard. */}
        <div
          style={{ bottom: keyboardInset }}
          className="fixed inset-x-0 bottom-0 z-20 space-y-2 border-t border-zinc-300 bg-white px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] shadow-[0_-2px_8px_rgb(0_0_0/0.08)] lg:static lg:space-y-5 lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none dark:border-zinc-700 dark:bg-zinc-950 lg:dark:bg-transparent"
          data-testid="action-bar"
        >
          <SaveIndicator shared={shared} saving={saving} live={live} savedChanges={savedChanges} storeError={note?.error ?? null} status={status} />
          {(result.error || note?.error) && (
            <div role="alert" className="text-sm text-red-700 lg:text-base dark:text-red-400">
              <p>{result.error || note?.error}</p>
              {/* Every refusal linked to its field, also those of fields out of sight (or without a mark of their own). */}
              {refusals.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {refusals.map(([name, messages]) => (
                    <li key={name}>
                      <a href={`#${FIELDS[name]?.target ?? name}`} className="underline">
                        {FIELDS[name]?.label ?? name}: {messages!.join(' ')}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {result.ok && <p className="text-sm text-emerald-700 lg:text-base dark:text-emerald-400">{result.ok}</p>}
          <div className="flex gap-2 overflow-x-auto lg:block lg:space-y-5 lg:overflow-visible">
            {live ? (
              <ConfirmButton
                className={saveClass}
                question={`Update the live article “${fields.title.trim()}”?`}
                consequence={correctionNote.trim() ? 'Readers see the changes at once, with your correction note under the story.' : 'Readers see the changes at once, with no note (a silent fix).'}
                confirmLabel="Update live article"
                tone="go"
                onConfirm={() => void save()}
              >
                Update live article
              </ConfirmButton>
            ) : (
              <button type="button" onClick={() => void save()} className={saveClass}>
                Save a revision
              </button>
            )}
            <PieceWorkflow title={fields.title} status={status} scheduledFor={scheduledFor} role={role} publishedBefore={publishedBefore} actions={actions} onAction={transition} />
          </div>
        </div>
        {/* Plain links: coming Back to the editor then loads the piece afresh. The client router would restore the
            page as first rendered, with the version it opened at, and the next publish would be refused as stale. */}
        <div className="flex flex-wrap gap-2">
          <a href={`/admin/pieces/${id}/preview`} className="inline-flex min-h-11 items-center rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700">
            Preview
          </a>
          <a href={`/admin/pieces/${id}/revisions`} className="inline-flex min-h-11 items-center rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700">
            Revisions
          </a>
        </div>
        <NotesPanel ref={notesPanel} articleId={id} editor={bodyEditor} {...notes} />
        <Field id="slug" label="Slug" hint={fields.slug ? undefined : `Follows the headline: /news/${storedSlug}`} error={error('slug')}>
          <input id="slug" data-shared-field="slug" value={fields.slug} placeholder={storedSlug} onChange={(e) => update('slug', e.target.value)} className={inputClass} />
        </Field>
        <Field id="categoryId" label="Category" error={error('categoryId')}>
          <select id="categoryId" value={fields.categoryId} onChange={(e) => update('categoryId', e.target.value)} className={inputClass}>
            <Options items={categories.map((c) => ({ value: c.id, label: c.name }))} empty="None yet" />
          </select>
        </Field>
        {editor && (
          <Field id="authorId" label="Author" error={error('authorId')}>
            <select id="authorId" value={fields.authorId} onChange={(e) => update('authorId', e.target.value)} className={inputClass}>
              <Options items={authors.map((a) => ({ value: a.id, label: a.name }))} />
            </select>
          </Field>
        )}
        <TagsField value={fields.tags} onChange={(tags) => update('tags', tags)} known={tags} error={error('tags')} />
        <Field id="seoTitle" label="SEO title" error={error('seoTitle')}>
          <input id="seoTitle" data-shared-field="seoTitle" value={fields.seoTitle} onChange={(e) => update('seoTitle', e.target.value)} className={inputClass} />
        </Field>
        <Field id="seoDescription" label="SEO description" error={error('seoDescription')}>
          <textarea id="seoDescription" data-shared-field="seoDescription" value={fields.seoDescription} rows={2} onChange={(e) => update('seoDescription', e.target.value)} className={inputClass} />
        </Field>
        <SeoPreview title={fields.seoTitle || fields.title} slug={fields.slug || storedSlug} description={fields.seoDescription || fields.dek} image={fields.coverImageUrl} />
        {live && (
          <Field id="correctionNote" label="Correction or update note (leave empty for a silent fix)" error={error('correctionNote')}>
            <textarea id="correctionNote" value={correctionNote} rows={2} onChange={(e) => setCorrectionNote(e.target.value)} className={inputClass} />
          </Field>
        )}
      </aside>
    </div>
  );
}
