import { replan } from '@/app/admin/planned/actions';
import { PlanBox } from '@/components/admin/plan-box';
import { listActiveStaff } from '@/db/queries/notifications';
import type { Piece } from '@/db/queries/pieces';
import type { StaffUser } from '@/db/queries/users';

/** The piece's plan (assignee, due time, planned publication) above its editor. */
export async function PlanSection({ piece, user }: { piece: Piece; user: StaffUser }) {
  const staff = await listActiveStaff();
  const plan = { id: piece.id, slugLine: piece.slugLine, assigneeId: piece.assigneeId, dueAt: piece.dueAt, plannedFor: piece.plannedFor };
  return <PlanBox plan={plan} viewer={user} staff={staff} action={replan} />;
}
