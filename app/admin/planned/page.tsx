import { BudgetTable } from '@/components/admin/budget-table';
import { PlanForm } from '@/components/admin/plan-form';
import { listActiveStaff } from '@/db/queries/notifications';
import { listBudget } from '@/db/queries/planning';
import { requireUser } from '@/lib/auth/session';
import { plan } from './actions';

export const metadata = { title: 'Planned' };

// Editors plan and see the whole budget; a writer sees what they are assigned.
export default async function PlannedPage() {
  const user = await requireUser();
  const planner = user.role !== 'writer';
  const [rows, staff] = await Promise.all([listBudget(planner ? {} : { assigneeId: user.id }), planner ? listActiveStaff() : []]);
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Planned</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{planner ? 'The story budget: every planned piece, soonest due first.' : 'The stories assigned to you, soonest due first.'}</p>
      {planner && (
        <section aria-labelledby="plan-heading" className="mt-6">
          <h2 id="plan-heading" className="text-xl font-bold">
            Plan a story
          </h2>
          <div className="mt-4">
            <PlanForm action={plan} staff={staff} submitLabel="Plan the story" />
          </div>
        </section>
      )}
      <section aria-labelledby="budget-heading" className="mt-10">
        <h2 id="budget-heading" className="text-xl font-bold">
          {planner ? 'Budget' : 'Your assignments'} ({rows.length})
        </h2>
        <BudgetTable rows={rows} />
      </section>
    </>
  );
}
