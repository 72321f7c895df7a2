import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getTag } from '@/db/queries/taxonomy';
import { articles } from '@/db/schema';
import { createArticle, createTag } from '../support/fixtures';

describe('a tag page', () => {
  it('exists only while a public story carries the tag', async () => {
    const tag = await createTag({ name: 'Unannounced listing' });
    const draft = await createArticle({ status: 'draft', tagIds: [tag.id] });
    await createArticle({ status: 'published', publishedAt: new Date(Date.now() + 3_600_000), tagIds: [tag.id] });
    expect(await getTag(tag.slug), 'on a draft and a story not yet due').toBeNull();

    await db.update(articles).set({ status: 'published', publishedAt: new Date() }).where(eq(articles.id, draft.id));
    expect(await getTag(tag.slug)).toMatchObject({ slug: tag.slug, name: 'Unannounced listing' });

    await db.update(articles).set({ status: 'draft', publishedAt: null }).where(eq(articles.id, draft.id));
    expect(await getTag(tag.slug), 'after unpublishing').toBeNull();
  });
});
