// Grows a seeded demo database to `total` published articles in two SQL statements: copies of the demo pieces
// with their own slugs, spread back in time, carrying their tags. Fast because nothing goes row by row. The copies
// are complete, body document included: a body without one is converted by the web server after it starts, 25 at a
// time, and each such batch announces a change to every list page (home was never cached during the benchmark).
import { sql } from 'drizzle-orm';
import type { Database } from '@/db';

export async function growToArticles(db: Database, total: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      with demo as (select row_number() over (order by id) as n, * from articles where status = 'published'),
           size as (select count(*) as total from demo),
           existing as (select count(*) as n from articles)
      insert into articles (slug, title, dek, key_points, body, body_doc, body_html, body_html_renderer, summary, summary_source, disclaimer, cover_image_url,
                            cover_image_alt, category_id, author_id, status, published_at, created_at, updated_at)
      select d.slug || '-b' || g, d.title || ' (' || g || ')', d.dek, d.key_points, d.body, d.body_doc, d.body_html, d.body_html_renderer, d.summary, d.summary_source,
             d.disclaimer, d.cover_image_url, d.cover_image_alt, d.category_id, d.author_id, 'published',
             now() - interval '91 days' - g * interval '5 minutes', now() - interval '91 days' - g * interval '5 minutes', now()
      from existing
      cross join size
      cross join lateral generate_series(1, greatest(${total} - existing.n, 0)) g
      join demo d on d.n = g % size.total + 1`);
    // Each copy's demo number is worked out once (materialized): the planner, with no statistics yet for the
    // rows just inserted, otherwise chose a nested loop that ran the regular expression per pair (over 10 minutes
    // at 100,000 articles, 2026-12-07).
    await tx.execute(sql`
      with demo as (select row_number() over (order by id) as n, id from articles where status = 'published' and slug !~ '-b[0-9]+$'),
           size as (select count(*) as total from demo),
           copies as materialized (
             select a.id, substring(a.slug from '-b([0-9]+)$')::int % size.total + 1 as n
             from articles a cross join size
             where a.slug ~ '-b[0-9]+$')
      insert into article_tags (article_id, tag_id)
      select c.id, t.tag_id
      from copies c
      join demo d on d.n = c.n
      join article_tags t on t.article_id = d.id`);
  });
  await db.execute(sql`analyze`);
  // Statistics are fresh now; background vacuum would only add commits to the per-page query counts.
  await db.execute(sql`
    do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'public' loop
        execute format('alter table %I set (autovacuum_enabled = false)', t.tablename);
      end loop;
    end $$`);
}
