// Every server action of the newsroom must refuse a caller without a session, and before it reaches Postgres.
//
// The actions are found on disk rather than listed here, so a new actions.ts, or a new export in one, is checked
// the day it is added. Each is called as Next.js would call a form's action, with the session helpers answering
// "nobody is signed in" and a database that throws on first use. An action built through `command` (via
// formAction) answers 401; a page-style guard (requireUser) redirects to sign-in. An action that forgets the check
// reaches the database (fails: "reached the database"), answers something other than 401 (fails on that), or
// reads the session some other way, which throws outside a request (fails too).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/db', () => {
  const untouchable = new Proxy(() => {}, {
    get: (_, key) => {
      throw new Error(`an anonymous call reached the database (${String(key)})`);
    },
    apply: () => {
      throw new Error('an anonymous call reached the database');
    },
  });
  // Observing statements is wiring done at import (lib/server/request-context.ts), not a use of the database.
  return { db: untouchable, sql: untouchable, observeStatements: () => {} };
});

vi.mock('@/lib/auth/session', async (importOriginal) => {
  const { redirect } = await import('next/navigation');
  return {
    ...(await importOriginal<typeof import('@/lib/auth/session')>()),
    getCurrentUser: async () => null,
    requireUser: async () => redirect('/sign-in'),
  };
});

const root = path.resolve(import.meta.dirname, '../..');
const sources = (dir: string) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
const isActionsModule = (file: string) => /^app\/admin\/(.+\/)?actions\.ts$/.test(file);
const actionModules = sources('app/admin').filter(isActionsModule);
const modules = await Promise.all(actionModules.map(async (file) => [file, (await import(path.join(root, file))) as Record<string, unknown>] as const));

type Action = (...args: never[]) => Promise<unknown>;
// Not built by formAction, so not answering with an ActionState: each says what refusing means for it.
const refusals: Record<string, { call: (action: Action) => Promise<unknown>; refused: unknown }> = {
  'app/admin/pieces/actions.ts importMarkdown': { call: (parse) => (parse as (markdown: string) => Promise<unknown>)('**bold** text'), refused: null },
};

async function outcome(run: () => Promise<unknown>) {
  try {
    return { returned: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT;')) return { redirectedTo: digest.split(';')[2] };
    throw error;
  }
}

describe('newsroom server actions refuse anonymous callers', () => {
  it('finds every server action in an actions.ts module under app/admin', () => {
    // A 'use server' anywhere else (inline in a page, in a component or another module) would escape this test.
    const elsewhere = [...sources('app'), ...sources('components'), ...sources('lib')].filter(
      (file) => !isActionsModule(file) && /['"]use server['"]/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(elsewhere, 'move these server actions into an app/admin/**/actions.ts module, or extend this test for them').toEqual([]);
    expect(actionModules.length).toBeGreaterThanOrEqual(4);
  });

  for (const [file, exported] of modules) {
    for (const [name, action] of Object.entries(exported)) {
      it(`${file}: ${name} refuses without touching the database`, async () => {
        expect(typeof action, 'a server action').toBe('function');
        const special = refusals[`${file} ${name}`];
        if (special) return expect(await outcome(() => special.call(action as Action))).toEqual({ returned: special.refused });
        const result = await outcome(() => (action as (state: object, form: FormData) => Promise<unknown>)({}, new FormData()));
        if ('redirectedTo' in result) expect(result.redirectedTo).toBe('/sign-in');
        else expect(result.returned).toMatchObject({ status: 401 });
      });
    }
  }
});

// A client-side navigation request can render a page without the layouts the client says it already has, so the
// admin layout's check does not protect the pages under it: each page must check the session itself.
describe('newsroom pages refuse anonymous visitors themselves', () => {
  const pages = sources('app/admin').filter((file) => /(^|\/)page\.tsx$/.test(file));
  it('finds the newsroom pages', () => expect(pages.length).toBeGreaterThanOrEqual(7));

  for (const file of pages) {
    it(`${file} sends an anonymous visitor to sign-in without touching the database`, async () => {
      const { default: Page } = (await import(path.join(root, file))) as { default: (props: object) => unknown };
      const props = { params: Promise.resolve({ id: '1' }), searchParams: Promise.resolve({}) };
      expect(await outcome(async () => Page(props))).toEqual({ redirectedTo: '/sign-in' });
    });
  }
});
