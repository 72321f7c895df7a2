'use server';

import { formAction } from '@/lib/auth/form-action';
import { restoreRevision } from '@/lib/newsroom/revisions';

export const restore = formAction(restoreRevision);
