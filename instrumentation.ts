import type { Instrumentation } from 'next';

/** Once per server, before the first request: whichever way Next.js runs, its renders must not chain together. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { formatAbortReasonStacks } = await import('@/lib/server/abort-reason-stacks');
  formatAbortReasonStacks();
}

/**
 * Errors Next.js catches while rendering, in route handlers, actions and the proxy: one structured line each,
 * with the id of the request they broke (Next's own console message about them carries it too).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ log }, { describeUrl, noteLostDatabase }, { isConnectionError }] = await Promise.all([import('@/lib/log'), import('@/lib/server/request-context'), import('@/db/health')]);
  // The web server answers such a render "We'll be right back" (503), whatever its last health check said.
  if (isConnectionError(error)) noteLostDatabase();
  const requestId = request.headers['x-request-id'];
  log('request_error', {
    ...(typeof requestId === 'string' ? { requestId } : {}),
    method: request.method,
    ...describeUrl(request.path),
    route: context.routePath,
    routeType: context.routeType,
    error,
  });
};
