import { and, lte, sql } from 'drizzle-orm';
import type { BuildAliasTable } from 'drizzle-orm/pg-core';
import { articles } from '../schema';

/** The articles table, or a row of it under another name (`alias(articles, 'a')`). */
export type Articles = typeof articles | BuildAliasTable<typeof articles, string>;

// The public may only see what is published and whose publication time has come. The status is a literal, not a
// parameter, so that even a generic plan can prove the partial indexes' `status = 'published'`.
export const isPublic = (a: Articles = articles) => and(sql`${a.status} = 'published'`, lte(a.publishedAt, sql`now()`))!;
