import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// Where Postgres takes a column's bare name (an INSERT's column list, ON CONFLICT's target, `excluded.`), from the schema.
export const columnNames = (...columns: AnyPgColumn[]) => sql.join(columns.map((column) => sql.identifier(column.name)), sql`, `);
export const excluded = (column: AnyPgColumn) => sql`excluded.${sql.identifier(column.name)}`;
