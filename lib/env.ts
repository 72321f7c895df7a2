import { z } from 'zod';
import { isTimeZone } from './newsroom/time';

// Every setting the portal reads, validated once; the rest of the code imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Unset: `npm start` runs an embedded PostgreSQL under .data/ and passes its URL to the server.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  // Absolute URLs in feeds, sitemaps and canonical tags. Over https, session cookies are Secure (__Secure- names).
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  // In production an http SITE_URL is refused (cookies would travel unencrypted) unless this says it is meant.
  ALLOW_INSECURE_HTTP: z.enum(['true', 'false']).default('false'),
  // 'auto' seeds demo content into an empty database unless NODE_ENV is production.
  DEMO_SEED: z.enum(['auto', 'true', 'false']).default('auto'),
  DATA_DIR: z.string().min(1).default('.data'),
  // Uploaded cover images; unset: $DATA_DIR/uploads.
  UPLOAD_DIR: z.string().min(1).optional(),
  // Signs session cookies. `npm start` generates one into $DATA_DIR when unset (never in production).
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  // Optional single sign-on for existing staff; each provider is on when both of its values are set.
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  // Reverse proxies in front of the portal that append to X-Forwarded-For; the client address is read past them.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  // Slow clients: a request's headers must arrive within the first, the whole request (body too) within the second.
  HTTP_HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Open connections one client address may hold; 0 for no cap. Not applied behind trusted proxies, whose own
  // connections carry every client's requests (the proxy caps those, see deploy/nginx).
  MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(0).max(100_000).default(100),
  // Searches one client address may send at once, then per second (lib/server/rate-limit.ts); a burst of 0 for no limit.
  SEARCH_RATE_BURST: z.coerce.number().int().min(0).max(10_000).default(20),
  SEARCH_RATE_PER_SECOND: z.coerce.number().min(0.1).max(1_000).default(2),
  // Optional: a Redis the instances of one deployment share their cached pages through.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // Live prices. Without PRICE_API_URL the simulated provider feeds the demo.
  PRICE_PROVIDER: z.enum(['simulated', 'http', 'off']).optional(),
  PRICE_API_URL: z.url().optional(),
  PRICE_API_KEY: z.string().optional(),
  PRICE_API_KEY_HEADER: z.string().default('x-cg-demo-api-key'),
  // SYMBOL=provider-id pairs overriding the coins table, e.g. "BTC=bitcoin,ETH=ethereum".
  PRICE_COIN_IDS: z
    .string()
    .regex(/^[A-Z0-9]{2,10}=[a-z0-9-]+(,[A-Z0-9]{2,10}=[a-z0-9-]+)*$/, 'expected SYMBOL=id pairs separated by commas')
    .optional(),
  PRICE_INTERVAL_SECONDS: z.coerce.number().min(1).max(3600).default(5),
  PRICE_STALE_AFTER_SECONDS: z.coerce.number().min(5).max(86_400).default(60),
  // The zone every time in the newsroom is shown in and the schedule picker takes times in (an IANA name).
  NEWSROOM_TIMEZONE: z
    .string()
    .default('UTC')
    .refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" is not an IANA time zone name (e.g. UTC, America/New_York, Europe/Berlin)` }),
});

const checked = schema.refine((e) => e.HTTP_REQUEST_TIMEOUT_SECONDS >= e.HTTP_HEADERS_TIMEOUT_SECONDS, {
  path: ['HTTP_REQUEST_TIMEOUT_SECONDS'],
  message: 'must be at least HTTP_HEADERS_TIMEOUT_SECONDS',
});

// An empty variable counts as unset, as in most shells' `VAR= command`.
const parsed = checked.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== '')));
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;

export const siteUrl = (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');

// Relative paths resolve against the working directory, as DATA_DIR's do.
export const uploadDir = env.UPLOAD_DIR ?? `${env.DATA_DIR}/uploads`;

export const shouldSeedDemo = env.DEMO_SEED === 'true' || (env.DEMO_SEED === 'auto' && env.NODE_ENV !== 'production');
