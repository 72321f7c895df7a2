import { sql } from 'drizzle-orm';
import { articles, authors } from '../schema';

/** A writer's own pieces (written, started or assigned), in SQL: the rule isOwnPiece in lib/newsroom/pieces.ts keeps. */
export const ownedBy = (userId: number) =>
  sql`(${articles.createdById} = ${userId} or ${articles.assigneeId} = ${userId} or exists (select 1 from ${authors} where ${authors.id} = ${articles.authorId} and ${authors.userId} = ${userId}))`;
