// What changed between two revisions, field by field: every field as blocks (the body by its document's blocks,
// key points an item each, the rest a paragraph), compared by lib/content/block-diff.ts.
import type { RevisionSnapshot } from '@/db/queries/revisions';
import { diffBlocks, documentBlocks, listBlocks, textBlocks, type BlockChange, type DiffBlock } from '@/lib/content/block-diff';
import { readStoredDocument } from '@/lib/content/body';

type Named = { id: number; name: string }[];
export type FieldChanges = { label: string; changes: BlockChange[] };

// What a revision keeps, as blocks to compare; ids as the names people know. A field an older revision did not keep
// is left out of its comparisons.
function fieldsOf(s: RevisionSnapshot, categories: Named, authors: Named): [label: string, blocks: DiffBlock[] | null][] {
  return [
    ['Headline', textBlocks(s.title)],
    ['Dek', textBlocks(s.dek)],
    ['Key points', listBlocks(s.keyPoints)],
    ['Body', documentBlocks(readStoredDocument(s.bodyDoc, s.body))],
    ['Summary', textBlocks(s.summary)],
    ['Summary written by', textBlocks(s.summarySource === 'generated' ? 'generated automatically' : 'an editor')],
    ['Disclaimer', textBlocks(s.disclaimer)],
    ['Category', textBlocks(categories.find((c) => c.id === s.categoryId)?.name ?? 'none')],
    ['Author', textBlocks(authors.find((a) => a.id === s.authorId)?.name ?? 'unknown')],
    ['Cover image', textBlocks(s.coverImageUrl ?? 'none')],
    ['Cover image description', textBlocks(s.coverImageAlt)],
    ['Tags', s.tagNames ? listBlocks(s.tagNames) : null],
    ['SEO title', s.seoTitle === undefined ? null : textBlocks(s.seoTitle ?? '')],
    ['SEO description', s.seoDescription === undefined ? null : textBlocks(s.seoDescription ?? '')],
    ['Slug (a restore keeps the current one)', textBlocks(s.slug)],
  ];
}

/** Every field of the two revisions, each with its blocks aligned; a field none of whose blocks changed is unchanged. */
export function compareRevisions(from: RevisionSnapshot, to: RevisionSnapshot, names: { categories: Named; authors: Named }): { changed: FieldChanges[]; unchanged: string[] } {
  const after = fieldsOf(to, names.categories, names.authors);
  const fields = fieldsOf(from, names.categories, names.authors).flatMap(([label, before], i) => {
    const next = after[i]![1];
    return before && next ? [{ label, changes: diffBlocks(before, next) }] : [];
  });
  const isChanged = (field: FieldChanges) => field.changes.some((c) => c.op !== 'equal');
  return { changed: fields.filter(isChanged), unchanged: fields.filter((f) => !isChanged(f)).map((f) => f.label) };
}
