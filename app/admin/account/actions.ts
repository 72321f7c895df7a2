'use server';

import { formAction } from '@/lib/auth/actions';
import { changePassword as changePasswordCommand } from '@/lib/newsroom/account';

export const changePassword = formAction(changePasswordCommand);
