import { derivedUuid, executePlanCommand, type AgencyDirectory } from '@rujukan/application';
import type { Actor, PlanCommand } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';
import type { DemoAgency } from './demo-agencies.js';

/** The two provinces' task forces that own the demo's action plans. */
export const PLAN_AGENCIES: readonly DemoAgency[] = [
  { code: 'GT-PP-TPPO-64', name: 'Gugus Tugas PP TPPO Provinsi Kalimantan Timur', type: 'task_force', provinceCode: '64', districtCode: null },
  { code: 'GT-PP-TPPO-61', name: 'Gugus Tugas PP TPPO Provinsi Kalimantan Barat', type: 'task_force', provinceCode: '61', districtCode: null },
];

export const PLAN_COORDINATORS: readonly Actor[] = [
  { userId: 'demo-coordinator-gt-pp-tppo-64', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-64' },
  { userId: 'demo-coordinator-gt-pp-tppo-61', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-61' },
];

type Item = {
  itemId: string;
  pillar: string;
  activity: string;
  responsibleAgency: string;
  indicator: string;
  target: number;
  unit: string;
  dueDate: string;
  budgetLine?: string;
};
type Step = { item: string; reportedOn: string; achieved: number; evidence: string; note?: string; completedOn?: string };

interface DemoPlan {
  key: string;
  actor: Actor;
  plan: { title: string; legalBasis: string; startYear: number; endYear: number };
  items: Item[];
  progress: Step[];
}

// The articles give the activities, not the targets or budget lines: those are illustrative, and the budget line says so.
const ILLUSTRATIVE = 'ilustratif (demo)';

/**
 * The plans the source articles describe. Kaltim: the RAD for eradicating TPPO and child sexual exploitation
 * (ESA) 2011–2015 set by Pergub Kaltim 86/2011, with the task force's duties the head of BPPKB named at the
 * national coordination meeting in Balikpapan (coordination, advocacy, socialisation, training, national and
 * international cooperation, monitoring protection and law enforcement, reporting). Kalbar: the RAD PP TPPO
 * 2025–2029 and the eight strategic steps announced when its task force was formed (Balai Petitih, 26/11/2025).
 */
export const DEMO_PLANS: readonly DemoPlan[] = [
  {
    key: 'rad-kaltim-2011-2015',
    actor: PLAN_COORDINATORS[0]!,
    plan: {
      title: 'RAD Pemberantasan TPPO dan Eksploitasi Seksual Anak (ESA) Kalimantan Timur 2011–2015',
      legalBasis: 'Pergub Kaltim 86/2011',
      startYear: 2011,
      endYear: 2015,
    },
    items: [
      {
        itemId: 'koordinasi',
        pillar: 'coordination',
        activity: 'Mengkoordinasikan upaya pencegahan dan penanganan TPPO antar OPD dan aparat penegak hukum',
        responsibleAgency: 'GT-PP-TPPO-64',
        indicator: 'rapat koordinasi gugus tugas',
        target: 10,
        unit: 'rapat',
        dueDate: '2015-12-31',
        budgetLine: `APBD Provinsi — BPPKB Kaltim (${ILLUSTRATIVE})`,
      },
      {
        itemId: 'advokasi-sosialisasi',
        pillar: 'socialization',
        activity: 'Advokasi dan sosialisasi pencegahan TPPO dan ESA di kabupaten/kota',
        responsibleAgency: 'UPTD-PPA-64',
        indicator: 'kabupaten/kota yang menerima sosialisasi',
        target: 10,
        unit: 'kabupaten/kota',
        dueDate: '2013-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'pelatihan',
        pillar: 'training',
        activity: 'Pelatihan penanganan korban bagi aparat dan petugas layanan',
        responsibleAgency: 'POLDA-KALTIM',
        indicator: 'angkatan pelatihan',
        target: 5,
        unit: 'angkatan',
        dueDate: '2014-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'kerjasama-provinsi',
        pillar: 'cooperation',
        activity:
          'Kerja sama (MoU) antar pemerintah provinsi melalui SKPD PPPA: Kepri, Jatim, Jabar, Jateng, DKI Jakarta, Banten, NTB, NTT, Kalbar, Kalteng, Kalsel, Sulsel, DI Yogyakarta',
        responsibleAgency: 'UPTD-PPA-64',
        indicator: 'provinsi mitra dengan MoU',
        target: 13,
        unit: 'provinsi',
        dueDate: '2015-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'pemantauan-perlindungan',
        pillar: 'monitoring',
        activity: 'Memantau pelaksanaan perlindungan korban: rehabilitasi, pemulangan dan reintegrasi sosial',
        responsibleAgency: 'DINSOS-6471',
        indicator: 'laporan pemantauan tahunan',
        target: 5,
        unit: 'laporan',
        dueDate: '2015-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'pemantauan-penegakan-hukum',
        pillar: 'law_enforcement',
        activity: 'Memantau perkembangan penegakan hukum; pelaporan dan evaluasi',
        responsibleAgency: 'POLDA-KALTIM',
        indicator: 'laporan evaluasi tahunan',
        target: 5,
        unit: 'laporan',
        dueDate: '2015-12-31',
        budgetLine: ILLUSTRATIVE,
      },
    ],
    progress: [
      {
        item: 'koordinasi',
        reportedOn: '2013-11-12',
        achieved: 6,
        evidence: 'Rakornas Peningkatan Kerjasama Penanganan dan Pemberantasan Kejahatan TPPO, Balikpapan, 12 November',
        note: 'nilai ilustratif (demo)',
      },
      {
        item: 'kerjasama-provinsi',
        reportedOn: '2013-11-12',
        achieved: 13,
        evidence: 'Paparan Kepala BPPKB Kaltim pada Rakornas TPPO, Balikpapan',
        note: 'MoU dengan 13 provinsi yang disebut',
        completedOn: '2013-11-12',
      },
      { item: 'advokasi-sosialisasi', reportedOn: '2013-06-30', achieved: 4, evidence: 'Laporan kegiatan (ilustratif, demo)' },
    ],
  },
  {
    key: 'rad-kalbar-2025-2029',
    actor: PLAN_COORDINATORS[1]!,
    plan: {
      title: 'RAD PP TPPO Kalimantan Barat 2025–2029',
      legalBasis: 'RAD PP TPPO Kalbar 2025–2029; SK Kapolri selaku Ketua Harian Gugus Tugas PP TPPO No. 1/2025',
      startYear: 2025,
      endYear: 2029,
    },
    items: [
      {
        itemId: 'langkah-1',
        pillar: 'coordination',
        activity: 'Membentuk Gugus Tugas PP TPPO sesuai SK Kapolri selaku Ketua Harian No. 1/2025',
        responsibleAgency: 'GT-PP-TPPO-61',
        indicator: 'gugus tugas provinsi terbentuk',
        target: 1,
        unit: 'gugus tugas',
        dueDate: '2025-12-31',
      },
      {
        itemId: 'langkah-2',
        pillar: 'socialization',
        activity: 'Sosialisasi masif dan edukasi pencegahan TPPO ke seluruh kabupaten/kota serta sekolah-sekolah',
        responsibleAgency: 'UPTD-PPA-61',
        indicator: 'kabupaten/kota yang menerima sosialisasi',
        target: 14,
        unit: 'kabupaten/kota',
        dueDate: '2026-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'langkah-3',
        pillar: 'coordination',
        activity: 'Mendorong pembentukan Gugus Tugas PP TPPO di tingkat kabupaten/kota',
        responsibleAgency: 'GT-PP-TPPO-61',
        indicator: 'gugus tugas kabupaten/kota terbentuk',
        target: 14,
        unit: 'kabupaten/kota',
        dueDate: '2026-06-30',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'langkah-4',
        pillar: 'monitoring',
        activity: 'Memantau korban TPPO dari Myanmar, Tiongkok, Taiwan, Malaysia, dan korban TPPO domestik',
        responsibleAgency: 'UPTD-PPA-61',
        indicator: 'laporan pemantauan tahunan',
        target: 5,
        unit: 'laporan',
        dueDate: '2029-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'langkah-5',
        pillar: 'coordination',
        activity: 'Menyusun Rencana Aksi Daerah (RAD) PP TPPO 2025–2029 sebagai pedoman jangka panjang',
        responsibleAgency: 'GT-PP-TPPO-61',
        indicator: 'dokumen RAD ditetapkan',
        target: 1,
        unit: 'dokumen',
        dueDate: '2026-03-31',
      },
      {
        itemId: 'langkah-6',
        pillar: 'rehabilitation',
        activity: 'Pelatihan, keterampilan dan pemberdayaan bagi korban TPPO agar tidak kembali bekerja ke luar negeri tanpa prosedur',
        responsibleAgency: 'DINSOS-6171',
        indicator: 'korban yang mengikuti pelatihan',
        target: 100,
        unit: 'orang',
        dueDate: '2029-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'langkah-7',
        pillar: 'rehabilitation',
        activity: 'Merancang pembangunan rumah perlindungan terpadu melalui dinas sosial',
        responsibleAgency: 'DINSOS-6171',
        indicator: 'rancangan rumah perlindungan terpadu',
        target: 1,
        unit: 'rancangan',
        dueDate: '2027-12-31',
        budgetLine: ILLUSTRATIVE,
      },
      {
        itemId: 'langkah-8',
        pillar: 'prevention',
        activity: 'Membentuk layanan terpadu satu atap untuk pelatihan dan penyaluran pekerja migran Indonesia secara legal dan aman',
        responsibleAgency: 'BP3MI-KALBAR',
        indicator: 'layanan terpadu satu atap beroperasi',
        target: 1,
        unit: 'layanan',
        dueDate: '2028-12-31',
        budgetLine: ILLUSTRATIVE,
      },
    ],
    progress: [
      {
        item: 'langkah-1',
        reportedOn: '2025-11-26',
        achieved: 1,
        evidence: 'Deklarasi dan komitmen bersama, Rapat Koordinasi PP TPPO, Balai Petitih Kantor Gubernur Kalbar, 26/11/2025',
        completedOn: '2025-11-26',
      },
    ],
  },
];

/**
 * Records the demo's action plans through the plan commands, as the task forces' coordinators would. Command ids
 * derive from the run id, so running again with the same id adds nothing. Progress dated after `now` is left out.
 */
export async function seedDemoPlans(
  store: EventStore,
  directory: AgencyDirectory,
  runId: string,
  now: Date,
): Promise<{ plans: number; items: number; reports: number }> {
  let items = 0;
  let reports = 0;
  const today = now.toISOString().slice(0, 10);
  for (const demo of DEMO_PLANS) {
    let step = 0;
    const run = (type: PlanCommand['type'], data: Record<string, unknown>) => {
      const commandId = derivedUuid('demo-plan', runId, demo.key, String(step++));
      const command = { type, data: { planId, ...data }, metadata: { actor: demo.actor, now: now.toISOString() } } as unknown as PlanCommand;
      return executePlanCommand(store, directory, command, { actor: demo.actor, commandId, correlationId: commandId, now: now.toISOString() });
    };
    const planId = derivedUuid('demo-plan', runId, demo.key);
    await run('CreateActionPlan', demo.plan);
    for (const item of demo.items) {
      await run('AddPlanItem', item);
      items++;
    }
    for (const { item, completedOn, ...report } of demo.progress) {
      if (report.reportedOn > today) continue;
      await run('ReportPlanProgress', { itemId: item, ...report });
      reports++;
      if (completedOn) await run('CompletePlanItem', { itemId: item, completedOn });
    }
  }
  return { plans: DEMO_PLANS.length, items, reports };
}
