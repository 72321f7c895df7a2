'use server';

import { refreshingFormAction } from '@/lib/auth/form-action';
import { changeUserRole, createUser as createUserCommand, disableUser, enableUser } from '@/lib/newsroom/users';

export const createUser = refreshingFormAction(createUserCommand);
export const changeRole = refreshingFormAction(changeUserRole);
export const disable = refreshingFormAction(disableUser);
export const enable = refreshingFormAction(enableUser);
