// Closed vocabularies of the case file; the API reuses them to validate DTOs.

export const STAGES = ['intake', 'assessment', 'rehabilitation', 'repatriation', 'reintegration', 'closed'] as const;
export type Stage = (typeof STAGES)[number];
export type OpenStage = Exclude<Stage, 'closed'>;
export const OPEN_STAGES = ['intake', 'assessment', 'rehabilitation', 'repatriation', 'reintegration'] as const satisfies readonly OpenStage[];

export const CHANNELS = ['hotline', 'walk_in', 'outreach', 'bp2mi', 'port', 'consulate', 'police'] as const;
export type Channel = (typeof CHANNELS)[number];

export const REPORTER_TYPES = ['victim', 'family', 'community', 'ngo', 'government_agency', 'anonymous'] as const;
export type ReporterType = (typeof REPORTER_TYPES)[number];

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

export const AGE_BANDS = ['0-5', '6-11', '12-17', '18-24', '25-34', '35-44', '45-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const CHILD_AGE_BANDS = ['0-5', '6-11', '12-17'] as const satisfies readonly AgeBand[];

/** national_system: the case may be reported, identified, to SIMFONI-PPA (the ministry's national record). */
export const CONSENT_SCOPES = ['process', 'share', 'national_system'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const GUARDIAN_RELATIONSHIPS = ['parent', 'legal_guardian', 'relative', 'social_worker'] as const;
export type GuardianRelationship = (typeof GUARDIAN_RELATIONSHIPS)[number];

export const RECRUITMENT_METHODS = [
  'job_offer',
  'false_internship',
  'marriage_proposal',
  'online_advertisement',
  'family_or_friend',
  'broker_or_sponsor',
  'abduction',
  'other',
] as const;
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

export const MEANS_OF_CONTROL = [
  'debt_bondage',
  'document_confiscation',
  'threats',
  'physical_violence',
  'sexual_violence',
  'isolation',
  'restricted_movement',
  'withheld_wages',
  'psychological_abuse',
  'substance_use',
  'false_promises',
  'other',
] as const;
export type MeansOfControl = (typeof MEANS_OF_CONTROL)[number];

export const EXPLOITATION_TYPES = [
  'forced_labour',
  'sexual_exploitation',
  'forced_marriage',
  'domestic_servitude',
  'forced_criminality',
  'online_scam',
  'organ_removal',
  'other',
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

export const MODUS = [
  'contract_marriage',
  'mail_order_bride',
  'internship',
  'domestic_work',
  'shop_work',
  'it_work',
  'mandarin_translator',
  'plantation_work',
  'fishing_vessel',
  'entertainment_work',
  'other',
] as const;
export type Modus = (typeof MODUS)[number];

export const VICTIM_STATUSES = ['presumed', 'confirmed', 'not_a_victim'] as const;
export type VictimStatus = (typeof VICTIM_STATUSES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const NEEDS = [
  'health',
  'first_aid',
  'psychosocial',
  'social_rehabilitation',
  'legal_aid',
  'shelter',
  'repatriation',
  'reintegration',
  'protection',
  'restitution',
  'documents',
  'economic_empowerment',
  'education',
] as const;
export type Need = (typeof NEEDS)[number];

/** Services of UU 21/2007 Art. 51–53 that start the 7-day clock when requested. */
export const CASE_SERVICES = ['health', 'first_aid', 'psychosocial', 'social_rehabilitation', 'legal_aid'] as const;
export type CaseService = (typeof CASE_SERVICES)[number];
/** Urgent care that may be requested before the rehabilitation stage. */
export const URGENT_SERVICES = ['first_aid', 'health'] as const satisfies readonly CaseService[];

export const REFERRAL_SERVICES = [
  'health',
  'first_aid',
  'psychosocial',
  'social_rehabilitation',
  'legal_aid',
  'shelter',
  'law_enforcement',
  'repatriation',
  'reintegration',
  'restitution',
  'protection',
  'documents',
  'economic_empowerment',
  'education',
] as const;
export type ReferralService = (typeof REFERRAL_SERVICES)[number];

export const REFERRAL_OUTCOMES = ['successful', 'not_successful'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const REFERRAL_FAILURE_REASONS = [
  'client_refused',
  'lack_of_capacity',
  'no_longer_needed',
  'unable_to_contact_client',
  'unable_to_contact_agency',
  'other',
] as const;
export type ReferralFailureReason = (typeof REFERRAL_FAILURE_REASONS)[number];

export const SHELTER_END_REASONS = ['returned_to_family', 'moved_to_long_term_shelter', 'repatriated', 'left_voluntarily', 'other'] as const;
export type ShelterEndReason = (typeof SHELTER_END_REASONS)[number];

export const REPATRIATION_ORIGIN_KINDS = ['country', 'port', 'province'] as const;
export type RepatriationOriginKind = (typeof REPATRIATION_ORIGIN_KINDS)[number];

/**
 * Where trafficking routes pass (ports, border posts, airports, hubs abroad), chosen from a list so they can be counted
 * and never carry a name; `other` for a place not listed yet (add it here). The articles' routes through Kalimantan first.
 */
export const TRANSIT_POINTS = [
  'Nunukan',
  'Tarakan',
  'Sebatik',
  'Tawau',
  'Sandakan',
  'Kota Kinabalu',
  'Entikong',
  'Aruk',
  'Badau',
  'Kuching',
  'Balikpapan',
  'Samarinda',
  'Pontianak',
  'Singkawang',
  'Banjarmasin',
  'Makassar',
  'Parepare',
  'Surabaya',
  'Jakarta',
  'Batam',
  'Tanjung Pinang',
  'Tanjung Balai Karimun',
  'Dumai',
  'Medan',
  'Kupang',
  'Mataram',
  'Denpasar',
  'Johor Bahru',
  'Kuala Lumpur',
  'Singapore',
  'Bangkok',
  'Mae Sot',
  'Phnom Penh',
  'Ho Chi Minh City',
  'Dubai',
  'Jeddah',
  'other',
] as const;
export type TransitPoint = (typeof TRANSIT_POINTS)[number];

export const TRANSPORT_MODES = ['air', 'sea', 'land'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/**
 * How the victim came back to Indonesia from abroad (the return leg, before any trip home inside Indonesia):
 * deported (e.g. from Tawau to Nunukan), brought back by an Indonesian mission (KBRI/KJRI) or on her own.
 */
export const ARRIVAL_KINDS = ['deported', 'returned_by_mission', 'returned_alone'] as const;
export type ArrivalKind = (typeof ARRIVAL_KINDS)[number];

/** A port, airport or land crossing code of the shipped ports list (data/ports/ports.json): UN/LOCODE, IATA or a local ID-… code. */
export const PORT_CODE = /^[A-Z0-9]{3,5}$|^[A-Z]{2}-[A-Z0-9-]{2,12}$/;

export const REINTEGRATION_GOALS = [
  'family_reunification',
  'economic_empowerment',
  'education',
  'vocational_training',
  'health_follow_up',
  'psychosocial_follow_up',
  'legal_follow_up',
] as const;
export type ReintegrationGoal = (typeof REINTEGRATION_GOALS)[number];

/** A note says what happened or was thought; a kronologi entry is part of the chronology of the case as told. */
export const CASE_NOTE_KINDS = ['note', 'kronologi'] as const;
export type CaseNoteKind = (typeof CASE_NOTE_KINDS)[number];
/** The longest note or kronologi entry, in characters. */
export const CASE_NOTE_MAX_LENGTH = 10_000;
/** The most agencies a note is shared with besides the owner and the author. */
export const CASE_NOTE_MAX_SHARED = 20;

/** What a document attached to a case is: the papers a case and a court dossier are built from. */
export const DOCUMENT_KINDS = ['consent_form', 'visum_et_repertum', 'bap', 'police_report', 'passport_copy', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** The only content a document may have, as read from its bytes (never from its name): PDF, PNG, JPEG. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];
/** The longest file name kept (sealed) with a document, in characters. */
export const DOCUMENT_FILE_NAME_MAX_LENGTH = 255;

export const WELLBEING_LEVELS = ['stable', 'needs_support', 'at_risk', 'unreachable'] as const;
export type Wellbeing = (typeof WELLBEING_LEVELS)[number];

export const LPSK_PROTECTIONS = [
  'physical_protection',
  'procedural_rights',
  'medical_assistance',
  'psychosocial_rehabilitation',
  'restitution_facilitation',
  'safe_house',
  'relocation',
] as const;
export type LpskProtection = (typeof LPSK_PROTECTIONS)[number];

export const LPSK_DECISIONS = ['granted', 'partially_granted', 'rejected'] as const;
export type LpskDecision = (typeof LPSK_DECISIONS)[number];

export const RESTITUTION_ASSESSORS = ['lpsk', 'prosecutor', 'investigator'] as const;
export type RestitutionAssessor = (typeof RESTITUTION_ASSESSORS)[number];

/** A criminal court's verdict (KUHAP Art. 191, 193): conviction (pemidanaan), acquittal (bebas), release from all charges (lepas). */
export const VERDICT_OUTCOMES = ['convicted', 'acquitted', 'released'] as const;
export type VerdictOutcome = (typeof VERDICT_OUTCOMES)[number];

/** The steps of the criminal case after the police report, in the order KUHAP sets them. */
export const CRIMINAL_CASE_STEPS = ['police_report', 'spdp', 'case_file_complete', 'prosecution', 'verdict'] as const;
export type CriminalCaseStep = (typeof CRIMINAL_CASE_STEPS)[number];

export const CLOSURE_REASONS = [
  'reintegrated',
  'transferred_out',
  'not_a_victim',
  'victim_deceased',
  'lost_contact',
  'victim_declined_services',
  'other',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
