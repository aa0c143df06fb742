import { PLAN_PILLARS, type PlanPillar } from '@rujukan/domain';
import { Agency, CalendarDate, Integer, LocalId, OneOf, Text } from './dto-fields.js';

/** POST /plans: a task force's regional action plan (RAD); its owner and region are the caller's task force in the directory. */
export class CreateActionPlanDto {
  @Text({ max: 300, example: 'RAD Pemberantasan TPPO dan ESA Kalimantan Timur' }) title!: string;
  @Text({ max: 200, example: 'Pergub Kaltim 86/2011', description: 'The instrument that sets the plan' }) legalBasis!: string;
  @Integer(2000, 2100, { example: 2011 }) startYear!: number;
  @Integer(2000, 2100, { example: 2015, description: 'At most ten years after startYear' }) endYear!: number;
}

/** POST /plans/:id/items: who is to do what, measured how, by when, paid from which budget line. */
export class AddPlanItemDto {
  @LocalId({ example: 'sosialisasi-sekolah', description: 'Chosen by the client, unique within the plan' }) itemId!: string;
  @OneOf(PLAN_PILLARS) pillar!: PlanPillar;
  @Text({ max: 500, example: 'Sosialisasi pencegahan TPPO ke sekolah-sekolah' }) activity!: string;
  @Agency({ description: 'The agency responsible: must be an active agency of the directory' }) responsibleAgency!: string;
  @Text({ max: 300, example: 'sekolah yang menerima sosialisasi' }) indicator!: string;
  @Integer(0, 1_000_000_000, { example: 40 }) target!: number;
  @Text({ max: 50, example: 'sekolah' }) unit!: string;
  @CalendarDate({ description: "Within the plan's years" }) dueDate!: string;
  @Text({ max: 200, optional: true, example: 'APBD Provinsi — DP3A' }) budgetLine?: string;
}

/** POST /plans/:id/items/:itemId/progress: the indicator's value reached by a day, with a reference to the evidence (never victim data). */
export class ReportPlanProgressDto {
  @CalendarDate() reportedOn!: string;
  @Integer(0, 1_000_000_000, { example: 12, description: "The indicator's value reached by then (cumulative)" }) achieved!: number;
  @Text({ max: 1000, optional: true }) note?: string;
  @Text({ max: 300, optional: true, example: 'Laporan kegiatan DP3A No. 12/2026', description: 'A document reference; no victim data' }) evidence?: string;
}

/** POST /plans/:id/items/:itemId/complete. */
export class CompletePlanItemDto {
  @CalendarDate() completedOn!: string;
  @Text({ max: 1000, optional: true }) note?: string;
}
