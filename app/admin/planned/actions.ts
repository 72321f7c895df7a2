'use server';

import { refreshingFormAction } from '@/lib/auth/form-action';
import { planPiece, updatePlan } from '@/lib/newsroom/planning';

export const plan = refreshingFormAction(planPiece);
export const replan = refreshingFormAction(updatePlan);
