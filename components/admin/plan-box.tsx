import { Disclosure } from '@/components/ui/disclosure';
import type { Role } from '@/lib/auth/roles';
import { NewsroomTime } from './newsroom-time';
import { PlanForm, type CurrentPlan, type PlanAction, type StaffOption } from './plan-form';

type Props = { plan: CurrentPlan; viewer: { id: number; role: Role }; staff: StaffOption[]; action: PlanAction };

/** "Assigned to Daniel Reyes, due …": who writes the piece and by when. */
function PlanLine({ plan, viewerId, staff }: { plan: CurrentPlan; viewerId: number; staff: StaffOption[] }) {
  const who = plan.assigneeId === viewerId ? 'you' : (staff.find((s) => s.id === plan.assigneeId)?.name ?? 'someone no longer on the staff');
  return (
    <>
      {plan.assigneeId ? `Assigned to ${who}` : 'Planned'}
      {plan.dueAt && (
        <>
          , due <NewsroomTime value={plan.dueAt} />
        </>
      )}
      {plan.plannedFor && (
        <>
          ; planned to go out <NewsroomTime value={plan.plannedFor} />
        </>
      )}
    </>
  );
}

/** A piece's plan above its editor: writers read it, editors change it (or plan an unplanned piece). */
export function PlanBox({ plan, viewer, staff, action }: Props) {
  const planned = plan.assigneeId !== null || plan.dueAt !== null || plan.plannedFor !== null;
  if (viewer.role === 'writer') {
    return planned ? (
      <p className="mb-4 rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <PlanLine plan={plan} viewerId={viewer.id} staff={staff} />
      </p>
    ) : null;
  }
  const summary = (
    <span>
      <span className="font-semibold">Plan: </span>
      {planned ? <PlanLine plan={plan} viewerId={viewer.id} staff={staff} /> : 'not planned yet'}
    </span>
  );
  return (
    <Disclosure summary={summary} className="mb-4 rounded-lg border border-zinc-200 px-4 dark:border-zinc-800">
      <div className="pb-4">
        <PlanForm action={action} staff={staff} current={plan} submitLabel="Save plan" />
      </div>
    </Disclosure>
  );
}
