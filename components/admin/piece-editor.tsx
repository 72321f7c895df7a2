'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ActionState } from '@/lib/auth/actions';
import type { BodyDocument } from '@/lib/content/document/types';
import type { Move, Status } from '@/lib/newsroom/workflow';
import { Field, inputClass, Options } from '@/components/ui/field';
import { BodyEditor } from './body-editor/body-editor';
import { bodyAsPlainText } from './body-editor/plain-text';
import { CoverField } from './cover-field';
import { KeyPointsField } from './key-points-field';
import { LimitCounter } from './limit-counter';
import { copyAtMount, dropLocalCopy, forgetCopyAtMount, readLocalCopy, writeLocalCopy, type LocalCopy } from './local-copy';
import { PieceWorkflow, type PieceAction } from './piece-workflow';
import { SeoPreview } from './seo-preview';
import { TagsField } from './tags-field';
import { useKeyboardInset } from './use-keyboard-inset';
import { useOthersPresent } from './use-others-present';

export type EditorFields = {
  title: string;
  slug: string;
  dek: string;
  keyPoints: string[];
  bodyDoc: BodyDocument;
  summary: string;
  disclaimer: string;
  categoryId: string;
  authorId: string;
  tags: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
  coverImageUrl: string;
  coverImageAlt: string;
};

type Props = {
  id: number;
  version: number;
  status: Status;
  publishedBefore: boolean;
  summarySource: string;
  initial: EditorFields;
  role: 'writer' | 'editor' | 'admin';
  categories: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tags: string[];
  actions: Record<'save' | 'heartbeat' | Move, PieceAction>;
  importMarkdown: (markdown: string) => Promise<BodyDocument | null>;
};

// Saves 3 s after typing pauses, and at least every 10 s during long stretches of typing.
const AUTOSAVE_MS = 3_000;
const AUTOSAVE_MAX_WAIT_MS = 10_000;
const TITLE_MAX = 200;
const DEK_MAX = 300;
const noSubscription = () => () => {};

function toForm(fields: EditorFields, extra: Record<string, string | number>) {
  const form = new FormData();
  for (const [key, value] of Object.entries({ ...fields, ...extra })) {
    if (key === 'keyPoints') form.set(key, JSON.stringify((value as string[]).map((p) => p.trim()).filter(Boolean)));
    else if (key === 'tags') form.set(key, JSON.stringify(String(value).split(',').map((t) => t.trim()).filter(Boolean)));
    else if (key === 'bodyDoc') form.set(key, JSON.stringify(value));
    else form.set(key, String(value));
  }
  return form;
}

// Copies written before the body became a document hold Markdown in `body`: this editor cannot restore those.
const isCurrentCopy = (copy: LocalCopy<EditorFields> | null) => copy?.fields.bodyDoc?.type === 'doc' && typeof copy.baseVersion === 'number';

/**
 * The editor for one piece. Saves itself a few seconds after typing stops, keeps a copy in this browser until
 * the server has it, and refuses to overwrite someone else's newer save (both texts stay on screen).
 */
export function PieceEditor({ id, version: initialVersion, status, publishedBefore, summarySource, initial, role, categories, authors, tags, actions, importMarkdown }: Props) {
  const router = useRouter();
  const [version, setVersion] = useState(initialVersion);
  const [fields, setFields] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<ActionState>({});
  const [refused, setRefused] = useState<EditorFields | null>(null);
  const [conflict, setConflict] = useState<{ title: string; bodyDoc?: BodyDocument } | null>(null);
  const others = useOthersPresent(id, actions.heartbeat);
  const keyboardInset = useKeyboardInset();
  const latest = useRef({ fields, version });
  const unsavedSince = useRef<number | null>(null);
  useEffect(() => {
    latest.current = { fields, version };
  });

  // A copy left in this browser by a closed tab or a crash, different from what the server has.
  const storedCopy = useSyncExternalStore(noSubscription, () => copyAtMount(id), () => null);
  useEffect(() => () => void forgetCopyAtMount(id), [id]);
  const [copyHandled, setCopyHandled] = useState(false);
  const copy = copyHandled || !storedCopy ? null : readLocalCopy<EditorFields>(id);
  const restorable = isCurrentCopy(copy) && JSON.stringify(copy!.fields) !== JSON.stringify(initial) ? copy : null;

  const restore = useCallback((copy: LocalCopy<EditorFields>) => {
    setFields(copy.fields);
    // Saved over the version it was typed on: if a colleague saved since, that is a conflict, not an overwrite.
    setVersion(copy.baseVersion);
    setCopyHandled(true);
    setDirty(true);
  }, []);

  const update = <K extends keyof EditorFields>(key: K, value: EditorFields[K]) => {
    setCopyHandled(true);
    setFields((current) => {
      const next = { ...current, [key]: value };
      writeLocalCopy(id, { baseVersion: latest.current.version, fields: next });
      return next;
    });
    setDirty(true);
  };

  // One save at a time: a second one would carry the same version and be refused as a conflict with ourselves.
  const inFlight = useRef<Promise<boolean> | null>(null);
  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const { fields: current, version: base } = latest.current;
    // The wait for the next save, if one is needed, starts now (after a failure too, so retries are spaced).
    unsavedSince.current = null;
    setSaving(true);
    const attempt = (async () => {
      let state: ActionState;
      try {
        state = await actions.save({}, toForm(current, { id, version: base }));
      } catch {
        // Unreachable server: the text stays in this browser and autosave keeps trying.
        state = { error: 'Could not reach the server. Your text is kept in this browser; saving will be retried.' };
      }
      setResult(state);
      if (state.status === 409) {
        setConflict(state.data?.current as { title: string; bodyDoc?: BodyDocument } | null);
        return false;
      }
      if (state.error) {
        // The server answered no to exactly this text: wait for the next change instead of asking again.
        if (state.status) setRefused(current);
        return false;
      }
      const data = state.data as { version: number };
      // The ref too, at once: a publish right after this save must send the new version.
      latest.current = { ...latest.current, version: data.version };
      setVersion(data.version);
      // Keystrokes made while this save was on its way are not on the server yet: their copy stays, on the new version.
      if (JSON.stringify(latest.current.fields) !== JSON.stringify(current)) writeLocalCopy(id, { baseVersion: data.version, fields: latest.current.fields });
      else {
        dropLocalCopy(id);
        setDirty(false);
      }
      // A correction note applies to the save it came with, not to every save after it.
      if (current.correctionNote) setFields((f) => ({ ...f, correctionNote: '' }));
      return true;
    })();
    inFlight.current = attempt;
    try {
      return await attempt;
    } finally {
      inFlight.current = null;
      setSaving(false);
    }
  }, [actions, id]);

  // A published piece is live: its changes wait for "Update live article", and meanwhile live in the local copy.
  const autosaves = status !== 'published';
  useEffect(() => {
    if (!autosaves || !dirty || saving || conflict || refused === fields) return;
    unsavedSince.current ??= Date.now();
    const timer = setTimeout(() => void save(), Math.min(AUTOSAVE_MS, Math.max(0, unsavedSince.current + AUTOSAVE_MAX_WAIT_MS - Date.now())));
    return () => clearTimeout(timer);
  }, [autosaves, dirty, saving, conflict, refused, fields, save]);

  async function transition(action: PieceAction, extra: Record<string, string> = {}) {
    // Never publish the server's older text over what is on screen.
    if (dirty && !(await save())) return;
    const form = new FormData();
    form.set('id', String(id));
    form.set('version', String(latest.current.version));
    for (const [key, value] of Object.entries(extra)) form.set(key, value);
    const state = await action({}, form);
    setResult(state);
    if (!state.error) {
      setVersion((v) => v + 1);
      router.refresh();
    }
  }

  const error = (name: string) => result.fieldErrors?.[name]?.join(' ');
  const editor = role !== 'writer';
  const indicator = saving ? 'Saving…' : conflict ? 'Not saved: conflict' : dirty ? (autosaves ? 'Unsaved changes' : 'Changes not live yet') : 'All changes saved';

  return (
    // Room at the bottom on phones for the action bar that stays over the page.
    <div className="grid gap-8 pb-48 lg:grid-cols-3 lg:pb-0">
      <div className="min-w-0 space-y-5 lg:col-span-2">
        {others.length > 0 && (
          <p role="status" className="rounded border border-sky-400 bg-sky-50 p-3 dark:bg-sky-950">
            Also open now by <strong>{others.join(', ')}</strong>. Saves are checked against each other, so nothing is overwritten silently.
          </p>
        )}
        {restorable && (
          <div role="status" className="rounded border border-amber-400 bg-amber-50 p-3 dark:bg-amber-950">
            <p>This browser kept changes that were not saved.</p>
            <button type="button" className="mt-2 min-h-11 rounded bg-amber-600 px-3 font-semibold text-white" onClick={() => restore(restorable)}>
              Restore them
            </button>
          </div>
        )}
        {conflict && (
          <div role="alert" className="rounded border border-red-400 bg-red-50 p-3 dark:bg-red-950">
            <p className="font-semibold">{result.error}</p>
            <details className="mt-2">
              <summary className="cursor-pointer">Their version: “{conflict.title}”</summary>
              {conflict.bodyDoc && <pre className="mt-2 max-h-64 overflow-auto whitespace-pre-wrap text-sm">{bodyAsPlainText(conflict.bodyDoc)}</pre>}
            </details>
            <p className="mt-2 text-sm">Copy what you need from their version, then reload the page to continue from it.</p>
          </div>
        )}
        <Field id="title" label="Headline" error={error('title')}>
          <input id="title" value={fields.title} maxLength={TITLE_MAX} onChange={(e) => update('title', e.target.value)} className={`${inputClass} text-lg font-bold`} aria-invalid={!!error('title')} aria-describedby="title-count" />
          <LimitCounter id="title-count" length={fields.title.length} max={TITLE_MAX} />
        </Field>
        <Field id="dek" label="Dek" error={error('dek')}>
          <input id="dek" value={fields.dek} maxLength={DEK_MAX} onChange={(e) => update('dek', e.target.value)} className={inputClass} aria-describedby="dek-count" />
          <LimitCounter id="dek-count" length={fields.dek.length} max={DEK_MAX} />
        </Field>
        <CoverField
          url={fields.coverImageUrl}
          alt={fields.coverImageAlt}
          onUrlChange={(url) => update('coverImageUrl', url)}
          onAltChange={(alt) => update('coverImageAlt', alt)}
          errors={{ url: error('coverImageUrl'), alt: error('coverImageAlt') }}
        />
        <KeyPointsField points={fields.keyPoints} onChange={(points) => update('keyPoints', points)} error={error('keyPoints')} />
        <BodyEditor value={fields.bodyDoc} onChange={(doc) => update('bodyDoc', doc)} importMarkdown={importMarkdown} error={error('bodyDoc')} />
        <Field
          id="summary"
          label={<>Summary {summarySource === 'generated' && fields.summary === initial.summary && <span className="font-normal text-zinc-600 dark:text-zinc-400">(generated automatically)</span>}</>}
          hint="Leave empty to generate one from the body on save."
          error={error('summary')}
        >
          <textarea id="summary" value={fields.summary} maxLength={1000} rows={3} onChange={(e) => update('summary', e.target.value)} className={inputClass} />
        </Field>
        <Field id="disclaimer" label="Disclaimer" error={error('disclaimer')}>
          <textarea id="disclaimer" value={fields.disclaimer} maxLength={2000} rows={3} onChange={(e) => update('disclaimer', e.target.value)} className={inputClass} />
        </Field>
      </div>

      <aside className="min-w-0 space-y-5">
        {/* On a phone this bar stays at the bottom of the screen, lifted above the on-screen keyboard. */}
        <div
          style={{ bottom: keyboardInset }}
          className="fixed inset-x-0 bottom-0 z-20 space-y-2 border-t border-zinc-300 bg-white px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] shadow-[0_-2px_8px_rgb(0_0_0/0.08)] lg:static lg:space-y-5 lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none dark:border-zinc-700 dark:bg-zinc-950 lg:dark:bg-transparent"
          data-testid="action-bar"
        >
          <p role="status" aria-live="polite" className="text-sm font-semibold lg:rounded lg:bg-zinc-100 lg:p-3 lg:text-base lg:dark:bg-zinc-900">
            {indicator} · {status.replace('_', ' ')}
          </p>
          {result.error && !conflict && (
            <p role="alert" className="text-sm text-red-700 lg:text-base dark:text-red-400">
              {result.error}
            </p>
          )}
          {result.ok && <p className="text-sm text-emerald-700 lg:text-base dark:text-emerald-400">{result.ok}</p>}
          <div className="flex gap-2 overflow-x-auto lg:block lg:space-y-5 lg:overflow-visible">
            <button type="button" onClick={() => void save()} className="min-h-11 shrink-0 rounded bg-brand-600 px-4 font-semibold whitespace-nowrap text-white hover:bg-brand-700">
              {autosaves ? 'Save now' : 'Update live article'}
            </button>
            <PieceWorkflow status={status} role={role} publishedBefore={publishedBefore} actions={actions} onAction={transition} />
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
        <Field id="slug" label="Slug" error={error('slug')}>
          <input id="slug" value={fields.slug} maxLength={100} placeholder="made from the headline" onChange={(e) => update('slug', e.target.value)} className={inputClass} />
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
          <input id="seoTitle" value={fields.seoTitle} maxLength={200} onChange={(e) => update('seoTitle', e.target.value)} className={inputClass} />
        </Field>
        <Field id="seoDescription" label="SEO description" error={error('seoDescription')}>
          <textarea id="seoDescription" value={fields.seoDescription} maxLength={300} rows={2} onChange={(e) => update('seoDescription', e.target.value)} className={inputClass} />
        </Field>
        <SeoPreview title={fields.seoTitle || fields.title} slug={fields.slug} description={fields.seoDescription || fields.dek} image={fields.coverImageUrl} />
        {status === 'published' && (
          <Field id="correctionNote" label="Correction or update note (leave empty for a silent fix)" error={error('correctionNote')}>
            <textarea id="correctionNote" value={fields.correctionNote} maxLength={500} rows={2} onChange={(e) => update('correctionNote', e.target.value)} className={inputClass} />
          </Field>
        )}
      </aside>
    </div>
  );
}
