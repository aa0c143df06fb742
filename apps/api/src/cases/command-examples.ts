import type { CaseCommandType } from '@rujukan/domain';

export interface BodyExample {
  summary: string;
  value: Record<string, unknown>;
}

// AttachDocument is an upload of its own (POST /cases/:id/documents), not a JSON command route.
type RoutedCommand = Exclude<CaseCommandType, 'ExpireReferral' | 'FlagOverdueService' | 'AttachDocument'>;

const day = 86_400_000;
const dateOf = (at: number): string => new Date(at).toISOString().slice(0, 10);

/**
 * The request body examples of every command route, as OpenAPI shows them. They tell one story in the agencies
 * of the shipped directory (data/directory/agencies.json): a woman from Jember found at Nunukan port, and a
 * girl from Sambas. Sent in order they are all accepted (test/api/openapi.e2e.spec.ts walks them); dates are
 * relative to when the document is built, so a deadline is always ahead and a filing date never in the future.
 */
export function commandExamples(now: number = Date.now()): Record<RoutedCommand, Record<string, BodyExample>> {
  const yesterday = dateOf(now - day);
  const thisYear = new Date(now).getUTCFullYear();
  return {
    OpenCase: {
      port: { summary: 'Found at Nunukan port by a government agency', value: { channel: 'port', reporterType: 'government_agency', districtCode: '6503' } },
      bp3mi: {
        summary: 'Reported by BP3MI at Nunukan, an agency of the directory',
        value: { channel: 'bp2mi', reporterType: 'government_agency', districtCode: '6503', reportingAgency: 'BP3MI-NUNUKAN' },
      },
    },
    RegisterVictim: {
      adult: {
        summary: 'An adult woman from Jember, with her identity (sealed before it is stored)',
        value: {
          initials: 'SR',
          sex: 'female',
          birthYear: 2001,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: '35',
          originDistrictCode: '3509',
          identity: {
            fullName: 'Siti Rahayu',
            nik: '3509014107010001',
            passportNumber: 'C1234567',
            address: 'Dusun Krajan RT 02 RW 01, Ambulu, Jember',
            phone: '+62 812 3456 7890',
            notes: 'Recruited for plantation work in Sabah; passport kept by the agent',
            kronologi: 'Recruited in Jember in May by an agent who kept her passport; worked on a plantation near Tawau; deported to Nunukan in November',
          },
        },
      },
      child: {
        summary: 'A girl of 16 from Sambas (no identity yet)',
        value: {
          initials: 'NA',
          sex: 'female',
          birthYear: thisYear - 16,
          isChild: true,
          nationality: 'ID',
          originProvinceCode: '61',
          originDistrictCode: '6101',
        },
      },
    },
    RecordConsent: {
      process: { summary: 'Consent to process the case', value: { consentId: 'consent-process', scope: 'process', evidenceRef: 'DOC-CONSENT-001' } },
      share: {
        summary: 'Consent to share with the shelter and the police',
        value: {
          consentId: 'consent-share',
          scope: 'share',
          agencies: ['DINSOS-6471'],
          agencyTypes: ['police'],
          purpose: 'law enforcement and shelter',
          evidenceRef: 'DOC-CONSENT-002',
        },
      },
      child: {
        summary: "A child's consent, given with her guardian",
        value: { consentId: 'consent-process', scope: 'process', guardian: { relationship: 'parent', initials: 'MA' }, evidenceRef: 'DOC-CONSENT-003' },
      },
    },
    WithdrawConsent: {
      share: { summary: 'The victim withdraws her consent to share', value: { consentId: 'consent-share', reason: 'she no longer wants her details shared' } },
    },
    OverrideConsent: {
      police: {
        summary: 'A supervisor lets the police see the identity without consent',
        value: { overrideId: 'override-1', toAgency: 'POLDA-KALTIM', reason: 'the recruiter still threatens her; the police need her statement' },
      },
    },
    RecordAssessment: {
      confirmed: {
        summary: 'Indicators of forced labour on a Sabah plantation',
        value: {
          assessmentId: 'assessment-1',
          indicators: {
            recruitmentMethods: ['job_offer'],
            meansOfControl: ['document_confiscation', 'debt_bondage'],
            exploitationTypes: ['forced_labour'],
            destinationCountry: 'MY',
            transitPoints: ['Nunukan', 'Tawau'],
            modus: ['plantation_work'],
          },
          victimStatus: 'confirmed',
          riskLevel: 'high',
          needs: ['shelter', 'psychosocial', 'repatriation'],
        },
      },
    },
    ApproveAssessment: { approve: { summary: 'The supervisor approves the assessment', value: { assessmentId: 'assessment-1' } } },
    RequestService: {
      psychosocial: {
        summary: 'Counselling by Dinas Sosial Balikpapan (starts the 7-day clock)',
        value: { serviceId: 'service-1', service: 'psychosocial', providerAgency: 'DINSOS-6471', note: 'sessions in Bahasa Indonesia and Javanese' },
      },
    },
    RecordServiceDelivered: {
      delivered: { summary: 'The provider records the delivery', value: { serviceId: 'service-1', note: 'three counselling sessions' } },
    },
    StartShelterPlacement: {
      dinsos: { summary: 'Two weeks at the Dinas Sosial shelter', value: { placementId: 'placement-1', shelterAgency: 'DINSOS-6471', days: 14 } },
    },
    ExtendShelterPlacement: {
      week: { summary: 'One more week', value: { placementId: 'placement-1', days: 7, reason: 'waiting for the ship to Surabaya' } },
    },
    EndShelterPlacement: { repatriated: { summary: 'She leaves the shelter to go home', value: { placementId: 'placement-1', reason: 'repatriated' } } },
    RecordReturnLeg: {
      deported: {
        summary: 'Deported from Tawau to Tunon Taka port, Nunukan, by sea',
        value: { arrivalKind: 'deported', fromCountry: 'MY', fromPort: 'MYTWU', entryPort: 'IDNNX', arrivedOn: yesterday, transport: 'sea' },
      },
      other: {
        summary: 'Came back on her own through a small harbour the ports list lacks (sealed free text)',
        value: { arrivalKind: 'returned_alone', fromCountry: 'MY', entryPlace: 'Dermaga rakyat Sei Menggaris', arrivedOn: yesterday, transport: 'sea' },
      },
    },
    PlanRepatriation: {
      sea: {
        summary: 'By sea from Nunukan to Jember, escorted by BP3MI',
        value: { from: { kind: 'port', port: 'Nunukan' }, toDistrictCode: '3509', escortAgency: 'BP3MI-NUNUKAN', transport: 'sea', plannedDate: yesterday },
      },
    },
    RecordHandover: {
      surabaya: {
        summary: 'Handed over to UPTD PPA Jawa Timur at Tanjung Perak',
        value: { receivingAgency: 'UPTD-PPA-35', handoverRecordNumber: 'BA/017/III/2025', location: 'Pelabuhan Tanjung Perak' },
      },
    },
    CompleteRepatriation: { done: { summary: 'No body: the repatriation is complete', value: {} } },
    ApproveReintegrationPlan: {
      family: { summary: 'Back to her family, with a small business', value: { planId: 'plan-1', goals: ['family_reunification', 'economic_empowerment'] } },
    },
    RecordFollowUpVisit: { stable: { summary: 'A home visit', value: { visitId: 'visit-1', visitedOn: yesterday, wellbeing: 'stable' } } },
    CompleteReintegration: { done: { summary: 'Reintegration complete', value: { note: 'back with her family in Jember' } } },
    FilePoliceReport: {
      polda: {
        summary: 'The police report (LP) at Polda Kaltim',
        value: {
          reportNumber: 'LP/B/123/III/2025/SPKT/POLDA KALTIM',
          unit: 'Subdit IV Renakta Ditreskrimum',
          policeAgency: 'POLDA-KALTIM',
          filedOn: yesterday,
        },
      },
    },
    RecordSpdp: { spdp: { summary: 'The SPDP sent to the prosecutor', value: { spdpNumber: 'SPDP/45/III/2025/Ditreskrimum', issuedOn: yesterday } } },
    NameSuspects: { two: { summary: 'Two suspects named', value: { count: 2, names: 'AB (perekrut) dan CD (sponsor)', namedOn: yesterday } } },
    RecordCaseFileComplete: { p21: { summary: 'P-21: the case file is complete', value: { completeOn: yesterday } } },
    StartProsecution: { court: { summary: 'The case goes to court', value: { startedOn: yesterday, court: 'PN Nunukan' } } },
    RecordVerdict: {
      convicted: {
        summary: 'A conviction that orders restitution',
        value: {
          verdictNumber: '12/Pid.Sus/2025/PN Nnk',
          decidedOn: yesterday,
          court: 'PN Nunukan',
          outcome: 'convicted',
          sentenceMonths: 48,
          restitutionOrderedAmount: 60_000_000,
        },
      },
    },
    FileLpskApplication: {
      protection: {
        summary: 'An application to LPSK',
        value: { applicationId: 'lpsk-1', protections: ['physical_protection', 'restitution_facilitation'], filedOn: yesterday },
      },
    },
    RecordLpskDecision: {
      granted: {
        summary: "LPSK's decision",
        value: {
          applicationId: 'lpsk-1',
          decision: 'granted',
          grantedProtections: ['physical_protection', 'restitution_facilitation'],
          decisionNumber: 'KEP-123/1.3.HSKR/LPSK/03/2025',
          decidedOn: yesterday,
        },
      },
    },
    AssessRestitution: { lpsk: { summary: 'Restitution assessed by LPSK', value: { restitutionId: 'restitution-1', amount: 85_000_000, assessedBy: 'lpsk' } } },
    OrderRestitution: {
      verdict: {
        summary: 'Restitution in a final verdict',
        value: { restitutionId: 'restitution-1', amount: 60_000_000, verdictNumber: '12/Pid.Sus/2025/PN Nnk', verdictFinalOn: yesterday },
      },
    },
    RecordRestitutionPayment: { paid: { summary: 'Paid in full', value: { restitutionId: 'restitution-1', amount: 60_000_000, paidOn: yesterday } } },
    RecordRestitutionDefault: {
      unpaid: { summary: 'The offender did not pay', value: { restitutionId: 'restitution-1', reason: 'the offender chose the substitute prison term' } },
    },
    AdvanceStage: { assessment: { summary: 'From intake to assessment', value: { to: 'assessment' } } },
    SkipStage: { repatriation: { summary: 'She was found in her home province', value: { stage: 'repatriation', reason: 'found in her home province' } } },
    RequestClosure: { reintegrated: { summary: 'Close after reintegration', value: { reason: 'reintegrated' } } },
    ApproveClosure: { approve: { summary: 'No body: the supervisor closes the case', value: {} } },
    RejectClosure: { notYet: { summary: 'Not yet', value: { reason: 'the follow-up visit is still due' } } },
    ReopenCase: { relapse: { summary: 'Reopen in reintegration', value: { reason: 'the recruiter contacted her again', stage: 'reintegration' } } },
    SendReferral: {
      police: {
        summary: 'Refer to Polda Kaltim, sharing the identity (consent to share covers the police)',
        value: {
          toAgency: 'POLDA-KALTIM',
          service: 'law_enforcement',
          reason: 'report the recruiter',
          responseDeadline: new Date(now + 3 * day).toISOString(),
          sharesIdentity: true,
        },
      },
    },
    RequestTransfer: { jatim: { summary: 'Hand the case to her home province', value: { toAgency: 'UPTD-PPA-35', reason: 'repatriation to Jember' } } },
    AcceptReferral: { accept: { summary: 'The receiving agency accepts', value: { note: 'Subdit IV Renakta takes it' } } },
    DeclineReferral: { decline: { summary: 'The receiving agency declines, with a reason', value: { reason: 'outside our jurisdiction' } } },
    WithdrawReferral: { withdraw: { summary: 'The sender withdraws its referral', value: { reason: 'sent to the wrong unit' } } },
    CompleteReferral: { successful: { summary: 'The service was given', value: { outcome: 'successful', note: 'case file with the prosecutor' } } },
    AcceptTransfer: { accept: { summary: 'No body: the target takes the case', value: {} } },
    DeclineTransfer: { decline: { summary: 'The target declines, with a reason', value: { reason: 'she has moved to another province' } } },
    EraseIdentity: { request: { summary: "The victim's request under UU PDP", value: { legalBasis: 'UU PDP 27/2022 Pasal 8: permintaan subjek data' } } },
    AssignCase: { assign: { summary: "A supervisor gives the case to one of her agency's caseworkers", value: { assignee: 'siti.rahma' } } },
    AddCaseNote: {
      note: { summary: 'A note only the owner and the author read', value: { kind: 'note', text: 'She asked that her mother not be called before Friday' } },
      kronologi: {
        summary: "A kronologi entry shared with the police, as the victim's consent to share allows",
        value: { kind: 'kronologi', text: 'Recruited in Jember in May; crossed at Nunukan by speedboat', sharedWith: ['POLDA-KALTIM'] },
      },
    },
  };
}
