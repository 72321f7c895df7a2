// Staff roles, apart from the session: commands check them in any process (the web server's collaboration
// socket too), without Next's request context.
import type { StaffUser } from '@/db/queries/users';

export type Role = StaffUser['role'];

export const hasRole = (user: StaffUser, roles: readonly Role[]) => roles.includes(user.role);
