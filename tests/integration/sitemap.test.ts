import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listSectionEntries } from '@/db/queries/sitemap';
import { articles } from '@/db/schema';
import { createArticle, createAuthor, createCategory, createTag } from '../support/fixtures';

const daysAgo = (d: number) => new Date(Math.floor(Date.now() / 1000 - d * 86_400) * 1000);

describe('the sections sitemap', () => {
  beforeAll(() => db.delete(articles).where(sql`true`));

  it('lists each category, tag and author with a public story, dated by its newest one', async () => {
    const [section, quiet] = [await createCategory({ slug: 'aa-section' }), await createCategory({ slug: 'aa-quiet' })];
    const [tag, draftOnly] = [await createTag({ slug: 'aa-tag' }), await createTag({ slug: 'aa-draft-only' })];
    const writer = await createAuthor({ slug: 'aa-writer' });
    // Taken once: a second boundary may pass while the test runs.
    const [threeDaysAgo, oneDayAgo] = [daysAgo(3), daysAgo(1)];
    await createArticle({ categoryId: section.id, authorId: writer.id, tagIds: [tag.id], publishedAt: threeDaysAgo });
    await createArticle({ categoryId: section.id, authorId: writer.id, publishedAt: oneDayAgo });
    await createArticle({ categoryId: quiet.id, tagIds: [tag.id, draftOnly.id], status: 'draft' });
    await createArticle({ categoryId: quiet.id, tagIds: [draftOnly.id], publishedAt: new Date(Date.now() + 3_600_000) });

    const entries = (await listSectionEntries()).filter((e) => e.path.includes('/aa-'));
    expect(entries).toEqual([
      { path: '/category/aa-section', lastModified: oneDayAgo },
      { path: '/tag/aa-tag', lastModified: threeDaysAgo },
      { path: '/author/aa-writer', lastModified: oneDayAgo },
    ]);
  });
});
