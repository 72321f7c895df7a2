import { z } from 'zod';

// Every setting the portal reads, validated once; the rest of the code imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Unset: `npm start` runs an embedded PostgreSQL under .data/ and passes its URL to the server.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  // Absolute URLs in feeds, sitemaps and canonical tags.
  SITE_URL: z.url().optional(),
  // 'auto' seeds demo content into an empty database unless NODE_ENV is production.
  DEMO_SEED: z.enum(['auto', 'true', 'false']).default('auto'),
  DATA_DIR: z.string().min(1).default('.data'),
});

// An empty variable counts as unset, as in most shells' `VAR= command`.
const parsed = schema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== '')));
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;

export const siteUrl = (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');

export const shouldSeedDemo = env.DEMO_SEED === 'true' || (env.DEMO_SEED === 'auto' && env.NODE_ENV !== 'production');
