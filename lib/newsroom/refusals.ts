// The refusals every newsroom command may answer with, worded once.
import type { ActionState } from '@/lib/auth/actions';

export const denied: ActionState = { error: 'You do not have permission to do that.', status: 403 };
export const notFound: ActionState = { error: 'That piece no longer exists.', status: 404 };
export const stale: ActionState = { error: 'The piece changed since you opened it. Reload to see the latest version.', status: 409 };
