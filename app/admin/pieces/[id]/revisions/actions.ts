'use server';

import { formAction } from '@/lib/auth/actions';
import { restoreRevision } from '@/lib/newsroom/revisions';

export const restore = formAction(restoreRevision);
