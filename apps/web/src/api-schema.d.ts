/**
 * The API's types as its OpenAPI document (/docs-json) declares them, for the console. Generated: do not edit.
 * `npm run generate:api-types` writes it again; test/api/api-types.e2e.spec.ts fails while it is stale.
 */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the service can reach its database and event store, and whether a projection has parked an event */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cases the caller may see, newest first: filtered by stage, status, referral state, overdue clocks and opening date, or found by `q`: a registration number, initials or a police report number, and in the agency’s own cases a name word, NIK or phone */
    get: operations['CaseQueriesController_list'];
    put?: never;
    /**
     * Open a case; the server chooses its id
     * @description Command `OpenCase`.
     */
    post: operations['openCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/register-victim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register the victim: initials and demographics, and optionally an identity sealed with the victim’s own key
     * @description Command `RegisterVictim`.
     */
    post: operations['registerVictim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-return-leg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the return leg from abroad (deported or brought back): from which country and port, through which Indonesian entry point, on which day
     * @description Command `RecordReturnLeg`.
     */
    post: operations['recordReturnLeg'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Supervisor erasure of the victim's identity (destroys the data key); refused under legal hold
     * @description Command `EraseIdentity`.
     */
    post: operations['eraseIdentity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record consent to process or to share, or to process and share in one step
     * @description Command `RecordConsent`.
     */
    post: operations['recordConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/withdraw-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that consent was withdrawn
     * @description Command `WithdrawConsent`.
     */
    post: operations['withdrawConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/override-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Supervisor override: share with one agency without consent, with a reason
     * @description Command `OverrideConsent`.
     */
    post: operations['overrideConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record trafficking indicators, victim status, risk and needs
     * @description Command `RecordAssessment`.
     */
    post: operations['recordAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/approve-assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Supervisor approval of an assessment
     * @description Command `ApproveAssessment`.
     */
    post: operations['approveAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/request-service': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a service; starts the 7-day clock
     * @description Command `RequestService`.
     */
    post: operations['requestService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-service-delivered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a requested service was delivered
     * @description Command `RecordServiceDelivered`.
     */
    post: operations['recordServiceDelivered'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/start-shelter-placement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Place the victim in a shelter
     * @description Command `StartShelterPlacement`.
     */
    post: operations['startShelterPlacement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/extend-shelter-placement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Extend a shelter placement
     * @description Command `ExtendShelterPlacement`.
     */
    post: operations['extendShelterPlacement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/end-shelter-placement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a shelter placement
     * @description Command `EndShelterPlacement`.
     */
    post: operations['endShelterPlacement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/plan-repatriation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Plan the return home
     * @description Command `PlanRepatriation`.
     */
    post: operations['planRepatriation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-handover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the handover of the victim to the receiving agency
     * @description Command `RecordHandover`.
     */
    post: operations['recordHandover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/complete-repatriation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete the repatriation
     * @description Command `CompleteRepatriation`.
     */
    post: operations['completeRepatriation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/approve-reintegration-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Supervisor approval of the reintegration plan
     * @description Command `ApproveReintegrationPlan`.
     */
    post: operations['approveReintegrationPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-follow-up-visit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a follow-up visit
     * @description Command `RecordFollowUpVisit`.
     */
    post: operations['recordFollowUpVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/complete-reintegration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete reintegration
     * @description Command `CompleteReintegration`.
     */
    post: operations['completeReintegration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/file-police-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the police report (LP) filed
     * @description Command `FilePoliceReport`.
     */
    post: operations['filePoliceReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-spdp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the SPDP (notice that the investigation started), as the police report it
     * @description Command `RecordSpdp`.
     */
    post: operations['recordSpdp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/name-suspects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record suspects named (their names sealed)
     * @description Command `NameSuspects`.
     */
    post: operations['nameSuspects'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-case-file-complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the prosecutor's P-21: the case file is complete
     * @description Command `RecordCaseFileComplete`.
     */
    post: operations['recordCaseFileComplete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/start-prosecution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the prosecution started in court
     * @description Command `StartProsecution`.
     */
    post: operations['startProsecution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-verdict': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the court's final verdict; restitution it orders starts the payment clock
     * @description Command `RecordVerdict`.
     */
    post: operations['recordVerdict'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/file-lpsk-application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record an application for LPSK protection
     * @description Command `FileLpskApplication`.
     */
    post: operations['fileLpskApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-lpsk-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record LPSK's decision
     * @description Command `RecordLpskDecision`.
     */
    post: operations['recordLpskDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/assess-restitution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the assessed restitution
     * @description Command `AssessRestitution`.
     */
    post: operations['assessRestitution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/order-restitution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record restitution ordered by a final verdict
     * @description Command `OrderRestitution`.
     */
    post: operations['orderRestitution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-restitution-payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a restitution payment
     * @description Command `RecordRestitutionPayment`.
     */
    post: operations['recordRestitutionPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/record-restitution-default': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the offender defaulted on restitution
     * @description Command `RecordRestitutionDefault`.
     */
    post: operations['recordRestitutionDefault'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/advance-stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move the case to the next stage
     * @description Command `AdvanceStage`.
     */
    post: operations['advanceStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/skip-stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Skip a stage that does not apply, with a reason
     * @description Command `SkipStage`.
     */
    post: operations['skipStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/request-closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request closure of the case
     * @description Command `RequestClosure`.
     */
    post: operations['requestClosure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/approve-closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Supervisor approval of the requested closure: closes the case
     * @description Command `ApproveClosure`.
     */
    post: operations['approveClosure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/reject-closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Supervisor rejection of the requested closure
     * @description Command `RejectClosure`.
     */
    post: operations['rejectClosure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/reopen-case': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Supervisor reopens a closed case
     * @description Command `ReopenCase`.
     */
    post: operations['reopenCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/send-referral': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refer the victim to another agency for one service
     * @description Command `SendReferral`.
     */
    post: operations['sendReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/request-transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask another agency to take ownership of the case
     * @description Command `RequestTransfer`.
     */
    post: operations['requestTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referrals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The receiving agency accepts the referral
     * @description Command `AcceptReferral`.
     */
    post: operations['acceptReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referrals/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The receiving agency declines the referral, with a reason
     * @description Command `DeclineReferral`.
     */
    post: operations['declineReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referrals/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The owning agency withdraws its referral
     * @description Command `WithdrawReferral`.
     */
    post: operations['withdrawReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referrals/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The receiving agency records the outcome
     * @description Command `CompleteReferral`.
     */
    post: operations['completeReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The target agency accepts ownership of the case
     * @description Command `AcceptTransfer`.
     */
    post: operations['acceptTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The target agency declines the transfer, with a reason
     * @description Command `DeclineTransfer`.
     */
    post: operations['declineTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A supervisor assigns (or reassigns) the case to one of her agency's caseworkers
     * @description Command `AssignCase`.
     */
    post: operations['assignCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a note or a kronologi entry, shared with the agencies chosen within what consent allows
     * @description Command `AddCaseNote`.
     */
    post: operations['addCaseNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's documents: kind, type, size, hash, when and by whom; the file name only to those who may open them */
    get: operations['DocumentsController_list'];
    put?: never;
    /**
     * Attach a document (PDF, PNG or JPEG, as its bytes): its type is read from the content, it is encrypted with the victim's key
     * @description The body is the file itself (Content-Type application/pdf, image/png, image/jpeg or application/octet-stream), at most DOCUMENT_MAX_BYTES (413 beyond). What the bytes are is read from them, never from a name or header: anything but PDF, PNG or JPEG is 415 `DOCUMENT.UNSUPPORTED_TYPE`, bytes that are not what Content-Type says 415 `DOCUMENT.TYPE_MISMATCH`. `DocumentAttached` records the kind, size, type and SHA-256 of the bytes; the file name only sealed.
     */
    post: operations['DocumentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a document, decrypted with the victim's key: for those who may see her identity; every download is recorded */
    get: operations['DocumentsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case summary: stage, status, owner, referrals, legal track, key dates, flags */
    get: operations['CaseQueriesController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's events in order, for people: who did what, when and why */
    get: operations['CaseQueriesController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queues/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's agency queue */
    get: operations['QueueController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queues/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The supervisor's team: each caseworker's open cases and overdue items */
    get: operations['QueueController_team'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queues/supervisor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The supervisor's inbox: approvals awaiting her, escalations, and cases waiting long */
    get: operations['QueueController_supervisor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Possible duplicates of the agency's cases: its own case, the other case's number and owning agency, the decision */
    get: operations['DuplicatesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/duplicates/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark a possible duplicate as the same person (linked) or not; either agency’s supervisor, the later word stands */
    put: operations['DuplicatesController_decide'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of a case with its full metadata, paged by revision and filtered */
    get: operations['AuditController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{id}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case as it stood at a time (`at`) or after a revision (`revision`) */
    get: operations['AuditController_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed between two points: JSON Patch operations and the events in between */
    get: operations['AuditController_diff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the case's hash chain and check it against the signed anchors and what the read models and the access log saw of it */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{id}/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case's signed dossier, to download: every event as stored, the state they fold to, the chain checked and every anchor
     * @description The same file as `rujukan audit export` writes, signed with the server's Ed25519 audit key over the RFC 8785 canonical JSON of the dossier without its `signature`; `rujukan audit check-dossier <file>` checks it offline. A record that fails its check still gives a dossier, whose `verification` says so. `format=html` answers the readable page (no victim detail, no free text) the signature does not cover.
     */
    get: operations['AuditController_dossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read which case or queried the audit record, when and why (newest first) */
    get: operations['AuditController_accessLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The victim's identity fields the caller's agency may see now; every read is recorded */
    get: operations['IdentityController_identity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/ports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ports, airports and land crossings transit points are counted by: the shipped list (data/ports) and those administrators added */
    get: operations['DirectoryController_listPorts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/ports/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add a port, airport or land crossing to the list (or change one added before); a code of the shipped list is refused (409) */
    put: operations['DirectoryController_putPort'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every agency in the directory */
    get: operations['DirectoryController_agencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/agencies/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record an agency, change its name, type, region or e-mail address, deactivate it or record its merger into another */
    put: operations['DirectoryController_putAgency'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every user in the directory, with agency, role and whether they may act */
    get: operations['DirectoryController_listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a user, move them to another agency or role, or deactivate them (takes effect within USER_DIRECTORY_CACHE_MS) */
    put: operations['DirectoryController_putUser'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every webhook subscription, active or not (never its secret, which is stored wrapped by the master key) */
    get: operations['NotificationsController_webhooks'];
    put?: never;
    /**
     * Subscribe a webhook to an agency's notifications
     * @description The answer holds the signing secret, shown this once (it is stored wrapped by the master key and never returned again): each delivery is POSTed with `X-Rujukan-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The target is resolved and refused (400 on `url`) if it is not https or reaches a loopback, private or link-local address, unless the configuration allows it; every delivery checks it again.
     */
    post: operations['NotificationsController_subscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/webhooks/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop deliveries to a webhook (its pending deliveries become dead letters at their next attempt) */
    post: operations['NotificationsController_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/notifications/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether e-mail can be sent, and what waits
     * @description With SMTP_URL unset no e-mail is sent: e-mail notifications that fall due wait (`waiting`) and are sent once SMTP_URL is set and the service restarts, unless they fell due more than NOTIFY_MAX_AGE_MS before (`expired`: not sent). `deadLetters`: deliveries that failed every attempt.
     */
    get: operations['NotificationsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/notifications/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deliveries that failed every attempt, newest first (at most 500), with the last error */
    get: operations['NotificationsController_deadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/notifications/dead-letters/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a dead letter again, with a fresh count of attempts (to the target as the directory and its subscription hold it now)
     * @description Recorded first as a `DeadLetterReplayed` event of the stream `notification-delivery-<id>`, naming the administrator.
     */
    post: operations['NotificationsController_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/notifications/dead-letters/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Discard a dead letter: it is never sent and leaves the list (kept in the record as `discarded`)
     * @description Recorded first as a `DeadLetterDiscarded` event of the stream `notification-delivery-<id>`, naming the administrator.
     */
    post: operations['NotificationsController_discard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases counted by up to three dimensions, within the caller’s region; counts below STATS_MIN_CELL are suppressed */
    get: operations['StatsController_cases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Referral figures by receiving agency, agency type, service or year: sent, answers, completion, time to answer and to complete, share answered in time */
    get: operations['StatsController_referrals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Time in each stage: periods completed, median and 90th-percentile days in the stage, cases in the stage now
     * @description A period runs from the event that brought the case into a stage (opening, advancing, skipping the stage before, reopening) to the one that took it out. Completed: left by advancing or by closure (reintegration ends only by closure); a skipped stage did not apply, so its period counts in neither the number nor the days. Cases in the stage now are the numbers `/stats/cases?groupBy=…,stage` publishes, hidden the same way. The number of completed periods is suppressed like a table of counts (with complements), and the days are shown only for a number published and over at least STATS_MIN_CELL cases: a median of two cases discloses them. `year`, `from` and `to` are those of the case’s identification (WIB), as in `/stats/cases`.
     */
    get: operations['StatsController_stages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/service-clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The 7-day service clock (UU 21/2007 Art. 52–53): services requested, due, delivered within 7 days, late, flagged overdue, share within the clock
     * @description Its own view rather than figures on `/stats/referrals`: the clock runs on requested services (ServiceRequested), which are not referrals. Of the services requested: `due` = delivered, or past their due date undelivered (`within` + `late` + `undelivered`); `running` = not yet due; `cancelled` = the case closed before the due date. `flagged`: flagged overdue by the sweep. `shareWithinClock` = within ÷ due. The provider is the agency named in the request, else the case owner; its type comes from the directory (null when the agency is not recorded). Groups of fewer than STATS_MIN_CELL services are hidden (with complements across groups), small counts inside a group are hidden with a complement, and the share is shown only when both its numbers are.
     */
    get: operations['StatsController_serviceClock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Case transfers by the MoU each rests on, and the province pairs transfers went between with the MoUs in force that bind them (none: a pair without one)
     * @description Within the caller’s region (a transfer counts where either agency is). Each of the two tables is suppressed like /stats/cases: counts below STATS_MIN_CELL, with complements; a pair listed with a hidden count had at least one transfer.
     */
    get: operations['StatsController_transfers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/ports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cases by transit port (free-text transit points recorded before count under the port they name), and the flows origin province → port → destination country
     * @description A case counts once under each port it passed. The flows are one table of three dimensions suppressed like /stats/cases (below STATS_MIN_CELL, with complements); transit points that name no port of the list count as `other`. GET /stats/flows.svg draws the published flows.
     */
    get: operations['StatsController_ports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/flows.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published flows origin province → transit port → destination country as an SVG map drawn on the server (no tiles fetched) */
    get: operations['StatsController_flowsSvg'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/reports/yearly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Yearly statistics report of the caller’s region (or a province or district inside it), as one HTML page or an A4 PDF */
    get: operations['StatsReportController_yearly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/simfoni': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Identified records for SIMFONI-PPA of the cases the caller’s agency owns whose victim consented to the national system (consent scope national_system); each record read is in the access log */
    get: operations['ExportsController_simfoni'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/htcds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De-identified case records of the caller’s whole region in HTCDS field names, k-anonymous with k = 11 on year, gender, majority status, nationality and country of exploitation, as a release: the history up to the end of the last complete quarter (WIB) */
    get: operations['ExportsController_htcds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The action plans of the caller's task force (auditors: every plan), with how many items are completed and late */
    get: operations['PlansController_list'];
    put?: never;
    /**
     * Create an action plan (RAD) owned by the caller's task force
     * @description Command `CreateActionPlan`.
     */
    post: operations['PlansController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an item: activity, responsible agency, indicator, target, due date, budget line
     * @description Command `AddPlanItem`.
     */
    post: operations['PlansController_addItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/items/{itemId}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report an item's progress with a reference to the evidence
     * @description Command `ReportPlanProgress`.
     */
    post: operations['PlansController_reportProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/items/{itemId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark an item completed
     * @description Command `CompletePlanItem`.
     */
    post: operations['PlansController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One plan with its items, their progress reports and which are late */
    get: operations['PlansController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan’s yearly progress report, as one HTML page or an A4 PDF beside the statistics report: the year’s items, their responsible agencies by name, indicators, targets, what was achieved by the year’s end, and what is late */
    get: operations['PlansController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/letters/referral/{referralId}.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The referral letter (surat rujukan) as PDF: for the sending owner and the receiving agency; recorded in the access log */
    get: operations['LettersController_referral'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/letters/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case summary (ringkasan kasus) as PDF, with only the sections the caller sees; recorded in the access log */
    get: operations['LettersController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/letters/handover.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The repatriation handover record (berita acara serah terima) as PDF; record numbers and places for the owner only */
    get: operations['LettersController_handover'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/letters/verify/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Checks a printed letter's verification code against the case stream's hash chain and signed anchors */
    get: operations['LettersController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/letters/verify/{id}/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public: checks the code printed on a letter (its QR code leads here) against the case stream’s hash chain and signed anchors */
    get: operations['LetterVerificationController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mous': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The MoU register, or the MoUs binding one province, with each status on a day */
    get: operations['MousController_list'];
    put?: never;
    /**
     * Record an MoU: parties, scope, signed and expiry dates, document
     * @description Command `RecordMou`.
     */
    post: operations['MousController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mous/{id}/renew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew an MoU: its new expiry (none: no end date) and the addendum's reference
     * @description Command `RenewMou`.
     */
    post: operations['MousController_renew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mous/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminate an MoU from a day
     * @description Command `TerminateMou`.
     */
    post: operations['MousController_terminate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mous/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One MoU of the register */
    get: operations['MousController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/web-config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the console signs in: development sign-in (only with AUTH_DEV_SIGN_IN=true) or the OpenID Connect provider */
    get: operations['WebConsoleController_webConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/dev-sign-in/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Development only: the agencies of the directory to sign in as */
    get: operations['WebConsoleController_devAgencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/dev-sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Development only: a bearer token for an agency of the directory and a role, the same as `cli token` */
    post: operations['WebConsoleController_devSignIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agencies of the directory (code, name, type): where referrals and transfers can go */
    get: operations['ConsoleQueriesController_agencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ports, airports and land crossings a transit point is recorded by (code, name, kind, country, province): the shipped list (data/ports) and those administrators added */
    get: operations['ConsoleQueriesController_ports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The commands the caller may run on this case now, as the domain's decide answers them, and those its state blocks, with why */
    get: operations['ConsoleQueriesController_actions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    OpenCaseDto: {
      /**
       * @description How the case reached the agency
       * @enum {string}
       */
      channel: 'hotline' | 'walk_in' | 'outreach' | 'bp2mi' | 'port' | 'consulate' | 'police';
      /** @enum {string} */
      reporterType: 'victim' | 'family' | 'community' | 'ngo' | 'government_agency' | 'anonymous';
      /**
       * @description Kemendagri code of the district where the victim was found
       * @example 6503
       */
      districtCode: string;
      /**
       * @description The agency that reported the case (which KBRI, which BP3MI, which police unit): a code of the directory (`GET /agencies`), never free text
       * @example BP3MI-KALTARA
       */
      reportingAgency?: string;
    };
    CaseCommandResponseDto: {
      /** Format: uuid */
      caseId: string;
      /** @description Revision of the case stream after the command */
      revision: number;
      /**
       * @description Global position (`commit-prepare`) of the last event written
       * @example 1042-7
       */
      position: string;
      /**
       * Format: uuid
       * @description The new referral (send-referral only)
       */
      referralId?: string;
      /**
       * Format: uuid
       * @description The new transfer (request-transfer only)
       */
      transferId?: string;
    };
    ErrorResponseDto: {
      /** @example REFERRAL.ALREADY_ANSWERED */
      code: string;
      message: string;
      details?: {
        [key: string]: unknown;
      };
      /**
       * @example [
       *       {
       *         "field": "districtCode",
       *         "reason": "districtCode must be a 4-digit Kemendagri district code"
       *       }
       *     ]
       */
      errors?: string[];
      /** @description On a 500 only: the request id (also the X-Request-Id header) to quote to an operator */
      requestId?: string;
    };
    IdentityDto: {
      /** @description Full name */
      fullName?: string;
      /** @description Nomor Induk Kependudukan */
      nik?: string;
      passportNumber?: string;
      address?: string;
      phone?: string;
      /** @description References of photos kept elsewhere */
      photoRefs?: string;
      /** @description Free-text notes about the victim */
      notes?: string;
      /** @description The kronologi: the victim’s account as told at intake; read, like the identity, by those who may read it */
      kronologi?: string;
    };
    RegisterVictimDto: {
      /**
       * @description Initials only (e.g. "SR"), as Indonesian reports name victims
       * @example SR
       */
      initials: string;
      /** @enum {string} */
      sex: 'female' | 'male';
      birthYear?: number;
      /**
       * @description When the birth year is not known
       * @enum {string}
       */
      ageBand?: '0-5' | '6-11' | '12-17' | '18-24' | '25-34' | '35-44' | '45-59' | '60+';
      isChild: boolean;
      /** @example ID */
      nationality: string;
      /** @example 35 */
      originProvinceCode: string;
      /** @example 3509 */
      originDistrictCode: string;
      /** @description Encrypted with the victim’s own key before it is stored; shown only to agencies that may see it */
      identity?: components['schemas']['IdentityDto'];
    };
    RecordReturnLegDto: {
      /**
       * @description `deported`, `returned_by_mission` (KBRI/KJRI) or `returned_alone`
       * @enum {string}
       */
      arrivalKind: 'deported' | 'returned_by_mission' | 'returned_alone';
      /**
       * @description The country she left (ISO 3166-1 alpha-2, not ID)
       * @example MY
       */
      fromCountry: string;
      /**
       * @description The port she left from, when it is on the ports list (e.g. MYTWU, Tawau)
       * @example MYTWU
       */
      fromPort?: string;
      /** @description Another place of departure, only when the list lacks it; sealed with the victim’s key */
      fromPlace?: string;
      /**
       * @description The Indonesian entry point from the ports list (e.g. IDNNX, Tunon Taka, Nunukan); this or `entryPlace`
       * @example IDNNX
       */
      entryPort?: string;
      /** @description Another entry point, only when the list lacks it; sealed with the victim’s key */
      entryPlace?: string;
      /**
       * Format: date
       * @description The day she arrived in (or was deported to) Indonesia; not after today
       * @example 2026-11-20
       */
      arrivedOn: string;
      /** @enum {string} */
      transport?: 'air' | 'sea' | 'land';
    };
    EraseIdentityDto: {
      /** @description The legal basis of the erasure, e.g. "UU PDP 27/2022 Pasal 8: permintaan subjek data" */
      legalBasis: string;
    };
    GuardianDto: {
      /** @enum {string} */
      relationship: 'parent' | 'legal_guardian' | 'relative' | 'social_worker';
      /**
       * @description Initials only (e.g. "SR"), as Indonesian reports name victims
       * @example SR
       */
      initials: string;
    };
    ConsentShareDto: {
      agencies?: string[];
      agencyTypes?: (
        | 'police'
        | 'social_services'
        | 'health'
        | 'lpsk'
        | 'bp2mi'
        | 'uptd_ppa'
        | 'shelter'
        | 'consulate'
        | 'immigration'
        | 'task_force'
        | 'inspectorate'
        | 'ministry'
      )[];
    };
    RecordConsentDto: {
      /** @example consent-1 */
      consentId: string;
      /**
       * @description `process` the case, `share` it with the named agencies or agency types, or report it identified to the `national_system` (SIMFONI-PPA)
       * @enum {string}
       */
      scope: 'process' | 'share' | 'national_system';
      agencies?: string[];
      agencyTypes?: (
        | 'police'
        | 'social_services'
        | 'health'
        | 'lpsk'
        | 'bp2mi'
        | 'uptd_ppa'
        | 'shelter'
        | 'consulate'
        | 'immigration'
        | 'task_force'
        | 'inspectorate'
        | 'ministry'
      )[];
      purpose?: string;
      /** @description Required for a child */
      guardian?: components['schemas']['GuardianDto'];
      /**
       * @description Reference of the signed consent form
       * @example DOC-CONSENT-001
       */
      evidenceRef: string;
      /** @description With scope `process` only: the victim also agreed on the same form to share with these agencies or agency types; one step records both consents (the second as `<consentId>-share`) */
      share?: components['schemas']['ConsentShareDto'];
    };
    WithdrawConsentDto: {
      /** @example consent-1 */
      consentId: string;
      reason?: string;
    };
    OverrideConsentDto: {
      /** @example override-1 */
      overrideId: string;
      /** @example POLDA-KALTIM */
      toAgency: string;
      /** @example assessment-1 */
      referralId?: string;
      reason: string;
    };
    TraffickingIndicatorsDto: {
      recruitmentMethods: (
        'job_offer' | 'false_internship' | 'marriage_proposal' | 'online_advertisement' | 'family_or_friend' | 'broker_or_sponsor' | 'abduction' | 'other'
      )[];
      meansOfControl: (
        | 'debt_bondage'
        | 'document_confiscation'
        | 'threats'
        | 'physical_violence'
        | 'sexual_violence'
        | 'isolation'
        | 'restricted_movement'
        | 'withheld_wages'
        | 'psychological_abuse'
        | 'substance_use'
        | 'false_promises'
        | 'other'
      )[];
      exploitationTypes: (
        'forced_labour' | 'sexual_exploitation' | 'forced_marriage' | 'domestic_servitude' | 'forced_criminality' | 'online_scam' | 'organ_removal' | 'other'
      )[];
      /**
       * @description ISO 3166-1 alpha-2; ID for trafficking inside Indonesia
       * @example MY
       */
      destinationCountry: string;
      /**
       * @description Places passed through: codes of the ports list (GET /ports; shipped in data/ports/ports.json, administrators add others), `other` for one not listed. A name of the old fixed list (Nunukan, Tawau …) is still taken, and recorded as its code. An unknown code is refused (422 PORT.UNKNOWN)
       * @example [
       *       "IDNNX",
       *       "MYTWU"
       *     ]
       */
      transitPoints: string[];
      modus: (
        | 'contract_marriage'
        | 'mail_order_bride'
        | 'internship'
        | 'domestic_work'
        | 'shop_work'
        | 'it_work'
        | 'mandarin_translator'
        | 'plantation_work'
        | 'fishing_vessel'
        | 'entertainment_work'
        | 'other'
      )[];
    };
    RecordAssessmentDto: {
      /** @example assessment-1 */
      assessmentId: string;
      indicators: components['schemas']['TraffickingIndicatorsDto'];
      /** @enum {string} */
      victimStatus: 'presumed' | 'confirmed' | 'not_a_victim';
      /** @enum {string} */
      riskLevel: 'low' | 'medium' | 'high';
      needs: (
        | 'health'
        | 'first_aid'
        | 'psychosocial'
        | 'social_rehabilitation'
        | 'legal_aid'
        | 'shelter'
        | 'repatriation'
        | 'reintegration'
        | 'protection'
        | 'restitution'
        | 'documents'
        | 'economic_empowerment'
        | 'education'
      )[];
    };
    ApproveAssessmentDto: {
      /** @example assessment-1 */
      assessmentId: string;
    };
    RequestServiceDto: {
      /** @example service-1 */
      serviceId: string;
      /**
       * @description Starts the 7-day clock of UU 21/2007 Art. 52-53
       * @enum {string}
       */
      service: 'health' | 'first_aid' | 'psychosocial' | 'social_rehabilitation' | 'legal_aid';
      /**
       * @description The agency that provides it and records its own delivery
       * @example POLDA-KALTIM
       */
      providerAgency?: string;
      note?: string;
    };
    RecordServiceDeliveredDto: {
      /** @example service-1 */
      serviceId: string;
      note?: string;
    };
    StartShelterPlacementDto: {
      /** @example placement-1 */
      placementId: string;
      /** @example DINSOS-6471 */
      shelterAgency: string;
      days?: number;
    };
    ExtendShelterPlacementDto: {
      /** @example placement-1 */
      placementId: string;
      days: number;
      reason: string;
    };
    EndShelterPlacementDto: {
      /** @example placement-1 */
      placementId: string;
      /** @enum {string} */
      reason: 'returned_to_family' | 'moved_to_long_term_shelter' | 'repatriated' | 'left_voluntarily' | 'other';
      note?: string;
    };
    RepatriationOriginDto: {
      /** @enum {string} */
      kind: 'country' | 'port' | 'province';
      /**
       * @description When kind is country
       * @example MY
       */
      country?: string;
      /**
       * @description When kind is port: a code of the ports list (GET /ports), or other; a name of the old fixed list is taken as its code
       * @example IDNNX
       */
      port?: string;
      /**
       * @description When kind is province
       * @example 35
       */
      provinceCode?: string;
    };
    PlanRepatriationDto: {
      from: components['schemas']['RepatriationOriginDto'];
      /** @example 3509 */
      toDistrictCode: string;
      /** @example POLDA-KALTIM */
      escortAgency: string;
      /** @enum {string} */
      transport: 'air' | 'sea' | 'land';
      /** @description Sealed with the victim’s key: it may name whoever signed */
      mouReference?: string;
      /**
       * Format: date
       * @example 2025-03-03
       */
      plannedDate: string;
    };
    RecordHandoverDto: {
      /** @example POLDA-KALTIM */
      receivingAgency: string;
      /**
       * @description Number of the handover record (berita acara)
       * @example BA/017/III/2025
       */
      handoverRecordNumber: string;
      location?: string;
    };
    EmptyDto: Record<string, never>;
    ApproveReintegrationPlanDto: {
      /** @example plan-1 */
      planId: string;
      goals: (
        | 'family_reunification'
        | 'economic_empowerment'
        | 'education'
        | 'vocational_training'
        | 'health_follow_up'
        | 'psychosocial_follow_up'
        | 'legal_follow_up'
      )[];
      note?: string;
    };
    RecordFollowUpVisitDto: {
      /** @example visit-1 */
      visitId: string;
      /**
       * Format: date
       * @example 2025-03-03
       */
      visitedOn: string;
      /** @enum {string} */
      wellbeing: 'stable' | 'needs_support' | 'at_risk' | 'unreachable';
      note?: string;
    };
    CompleteReintegrationDto: {
      note?: string;
    };
    FilePoliceReportDto: {
      /**
       * @description Police report (LP) number
       * @example LP/B/123/III/2025/SPKT/POLDA KALTIM
       */
      reportNumber: string;
      /** @example Subdit IV Renakta Ditreskrimum */
      unit: string;
      /** @example POLDA-KALTIM */
      policeAgency: string;
      /**
       * Format: date
       * @example 2025-03-03
       */
      filedOn: string;
    };
    RecordSpdpDto: {
      /**
       * @description Notice that the investigation started (SPDP) number
       * @example SPDP/45/III/2025/Ditreskrimum
       */
      spdpNumber: string;
      /**
       * Format: date
       * @example 2025-03-03
       */
      issuedOn: string;
    };
    NameSuspectsDto: {
      count: number;
      /** @description The suspects' names as the police gave them; sealed with the victim's key */
      names?: string;
      /**
       * Format: date
       * @example 2025-03-03
       */
      namedOn: string;
    };
    RecordCaseFileCompleteDto: {
      /**
       * Format: date
       * @description The day the prosecutor declared the case file complete (P-21)
       * @example 2025-03-03
       */
      completeOn: string;
    };
    StartProsecutionDto: {
      /**
       * Format: date
       * @example 2025-03-03
       */
      startedOn: string;
      /** @example PN Nunukan */
      court: string;
    };
    RecordVerdictDto: {
      /** @example 12/Pid.Sus/2025/PN Nnk */
      verdictNumber: string;
      /**
       * Format: date
       * @description The day the verdict became final
       * @example 2025-03-03
       */
      decidedOn: string;
      /** @example PN Nunukan */
      court: string;
      /** @enum {string} */
      outcome: 'convicted' | 'acquitted' | 'released';
      /** @description Prison sentence in months (0 unless convicted) */
      sentenceMonths: number;
      /** @description Whole rupiah of restitution the verdict orders (0: none) */
      restitutionOrderedAmount: number;
      /**
       * @description The assessed restitution the verdict orders; default `restitution-verdict`
       * @example restitution-1
       */
      restitutionId?: string;
    };
    FileLpskApplicationDto: {
      /** @example lpsk-1 */
      applicationId: string;
      protections: (
        | 'physical_protection'
        | 'procedural_rights'
        | 'medical_assistance'
        | 'psychosocial_rehabilitation'
        | 'restitution_facilitation'
        | 'safe_house'
        | 'relocation'
      )[];
      /**
       * Format: date
       * @example 2025-03-03
       */
      filedOn: string;
    };
    RecordLpskDecisionDto: {
      /** @example lpsk-1 */
      applicationId: string;
      /** @enum {string} */
      decision: 'granted' | 'partially_granted' | 'rejected';
      grantedProtections?: (
        | 'physical_protection'
        | 'procedural_rights'
        | 'medical_assistance'
        | 'psychosocial_rehabilitation'
        | 'restitution_facilitation'
        | 'safe_house'
        | 'relocation'
      )[];
      decisionNumber: string;
      /**
       * Format: date
       * @example 2025-03-03
       */
      decidedOn: string;
    };
    AssessRestitutionDto: {
      /** @example restitution-1 */
      restitutionId: string;
      /** @description Whole rupiah */
      amount: number;
      /** @enum {string} */
      assessedBy: 'lpsk' | 'prosecutor' | 'investigator';
    };
    OrderRestitutionDto: {
      /** @example restitution-1 */
      restitutionId: string;
      /** @description Whole rupiah */
      amount: number;
      /** @example 12/Pid.Sus/2025/PN Nnk */
      verdictNumber: string;
      /**
       * Format: date
       * @example 2025-03-03
       */
      verdictFinalOn: string;
    };
    RecordRestitutionPaymentDto: {
      /** @example restitution-1 */
      restitutionId: string;
      /** @description Whole rupiah */
      amount: number;
      /**
       * Format: date
       * @example 2025-03-03
       */
      paidOn: string;
    };
    RecordRestitutionDefaultDto: {
      /** @example restitution-1 */
      restitutionId: string;
      reason: string;
    };
    AdvanceStageDto: {
      /** @enum {string} */
      to: 'intake' | 'assessment' | 'rehabilitation' | 'repatriation' | 'reintegration';
    };
    SkipStageDto: {
      /** @enum {string} */
      stage: 'intake' | 'assessment' | 'rehabilitation' | 'repatriation' | 'reintegration';
      reason: string;
    };
    RequestClosureDto: {
      /** @enum {string} */
      reason: 'reintegrated' | 'transferred_out' | 'not_a_victim' | 'victim_deceased' | 'lost_contact' | 'victim_declined_services' | 'other';
      note?: string;
      /** @description Why the case may close while ordered restitution is neither paid nor defaulted */
      unpaidRestitutionReason?: string;
    };
    ReasonDto: {
      reason: string;
    };
    ReopenCaseDto: {
      reason: string;
      /**
       * @description Defaults to the stage the case was closed from
       * @enum {string}
       */
      stage?: 'intake' | 'assessment' | 'rehabilitation' | 'repatriation' | 'reintegration';
    };
    SendReferralDto: {
      /**
       * @description An active agency of the directory whose type gives this service (422 AGENCY.UNKNOWN, AGENCY.INACTIVE, AGENCY.WRONG_TYPE otherwise)
       * @example POLDA-KALTIM
       */
      toAgency: string;
      /** @enum {string} */
      service:
        | 'health'
        | 'first_aid'
        | 'psychosocial'
        | 'social_rehabilitation'
        | 'legal_aid'
        | 'shelter'
        | 'law_enforcement'
        | 'repatriation'
        | 'reintegration'
        | 'restitution'
        | 'protection'
        | 'documents'
        | 'economic_empowerment'
        | 'education';
      reason: string;
      /**
       * Format: date-time
       * @description When the receiving agency must have answered
       * @example 2025-03-06T08:00:00Z
       */
      responseDeadline: string;
      /** @description Whether the victim's identity goes with it: needs consent to share or a recorded override */
      sharesIdentity: boolean;
    };
    RequestTransferDto: {
      /** @example UPTD-PPA-35 */
      toAgency: string;
      reason: string;
      /** @description The MoU of the register (GET /mous) the transfer rests on: recorded, in force and covering case transfers (422 MOU.UNKNOWN, MOU.NOT_IN_FORCE otherwise); none: leave out */
      mouId?: string;
    };
    AcceptReferralDto: {
      note?: string;
    };
    CompleteReferralDto: {
      /** @enum {string} */
      outcome: 'successful' | 'not_successful';
      /**
       * @description Required when not successful
       * @enum {string}
       */
      reason?: 'client_refused' | 'lack_of_capacity' | 'no_longer_needed' | 'unable_to_contact_client' | 'unable_to_contact_agency' | 'other';
      note?: string;
    };
    AssignCaseDto: {
      /**
       * @description The user id of an active caseworker of the owning agency, as the directory records it (404 USER.NOT_FOUND; 422 USER.OTHER_AGENCY, USER.NOT_CASEWORKER, USER.INACTIVE)
       * @example siti.rahma
       */
      assignee: string;
    };
    AddCaseNoteDto: {
      /**
       * @description `note`, or `kronologi`: an entry of the chronology of the case as told
       * @enum {string}
       */
      kind: 'note' | 'kronologi';
      /** @description Sealed with the victim's key before it is stored; erased with it */
      text: string;
      /** @description Agencies that may read it besides the owner and the author's: each covered by the victim's consent to share (409 CONSENT.REQUIRED otherwise) */
      sharedWith?: string[];
    };
    DuplicateDecisionDto: {
      /**
       * @description linked: the same person, the two agencies work together; not_same_person: two people
       * @enum {string}
       */
      decision: 'linked' | 'not_same_person';
    };
    AuditedEventDto: {
      revision: number;
      /** @description Global position (`commit-prepare`) */
      position: string;
      /** Format: uuid */
      eventId: string;
      type: string;
      /** Format: date-time */
      recordedAt: string;
      /** Format: date-time */
      occurredAt: string;
      actor: string;
      role: string;
      agency: string;
      correlationId: string;
      causationId: string | null;
      commandId: string;
      /** @description The content; each sealed value reads [sealed], or [erased] once the key is gone */
      data: {
        [key: string]: unknown;
      };
      /** @description Hex hash linking the event to the one before it */
      hash: string;
    };
    AuditEventsPageDto: {
      /** Format: uuid */
      caseId: string;
      events: components['schemas']['AuditedEventDto'][];
      /** @description Pass as `afterRevision` for the next page; null on the last page */
      nextAfterRevision: number | null;
      /** @description Events in the whole stream (before filters) */
      streamLength: number;
    };
    CaseAsOfDto: {
      /** @description The point asked for: `{ at }` (ISO 8601) or `{ revision }` */
      point: {
        /** Format: date-time */
        at?: string;
        revision?: number;
      };
      /** @description The last event the state includes (-1: none yet) */
      revision: number;
      /** Format: date-time */
      recordedAt: string | null;
      eventCount: number;
      /** Format: uuid */
      caseId: string;
      /** @description The domain's folded case (`exists: false` before it was opened), sealed values marked */
      state: {
        [key: string]: unknown;
      };
    };
    AuditPointDto: {
      /** @description The point asked for: `{ at }` (ISO 8601) or `{ revision }` */
      point: {
        /** Format: date-time */
        at?: string;
        revision?: number;
      };
      /** @description The last event the state includes (-1: none yet) */
      revision: number;
      /** Format: date-time */
      recordedAt: string | null;
      eventCount: number;
    };
    PatchOperationDto: {
      /** @enum {string} */
      op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
      /** @description JSON Pointer into the state */
      path: string;
      /** @description The new value (add, replace, test): any JSON */
      value?:
        | (
            | string
            | number
            | boolean
            | {
                [key: string]: unknown;
              }
            | unknown[]
          )
        | null;
      /** @description The source pointer (move, copy) */
      from?: string;
    };
    DiffEventDto: {
      revision: number;
      type: string;
      /** Format: date-time */
      recordedAt: string;
      actor: string;
      agency: string;
    };
    CaseDiffDto: {
      /** Format: uuid */
      caseId: string;
      from: components['schemas']['AuditPointDto'];
      to: components['schemas']['AuditPointDto'];
      /** @description RFC 6902 operations that turn the state at `from` into the state at `to` */
      changes: components['schemas']['PatchOperationDto'][];
      /** @description The events after `from`, up to `to`, in order */
      events: components['schemas']['DiffEventDto'][];
    };
    SeenHeadDto: {
      revision: number;
      /** @description The read model, or the access log, that saw that far */
      source: string;
    };
    BrokenLinkDto: {
      streamName: string;
      revision: number;
      /** @enum {string} */
      reason: 'hash_mismatch' | 'missing_event' | 'missing_stream' | 'missing_tail' | 'anchor_mismatch';
      expectedHash: string | null;
      foundHash: string | null;
      /** @description For a missing tail or stream found without an anchor: what else had seen further */
      seenBy?: components['schemas']['SeenHeadDto'];
    };
    AnchoredHeadDto: {
      revision: number;
      hash: string;
      /** @description The stream still holds that hash at that revision */
      holds: boolean;
    };
    AnchorCheckDto: {
      anchorId: string;
      /** @description The day anchored (YYYY-MM-DD) */
      date: string;
      /** Format: date-time */
      anchoredAt: string;
      revision: number;
      streamCount: number;
      keyId: string;
      /** @description The root recomputed from the anchored heads equals the signed one */
      rootMatches: boolean;
      signatureValid: boolean;
      /** @description Signed by a key this server trusts */
      trusted: boolean;
    };
    StreamVerificationDto: {
      streamName: string;
      ok: boolean;
      /** @description Events whose links held, from revision 0 up to the first broken one */
      verifiedEvents: number;
      headRevision: number;
      headHash: string | null;
      /** @description The first broken link */
      broken: components['schemas']['BrokenLinkDto'] | null;
      /** @description The last anchor's head for this stream */
      anchored: components['schemas']['AnchoredHeadDto'] | null;
      seen: components['schemas']['SeenHeadDto'] | null;
    };
    AnchorsVerificationDto: {
      ok: boolean;
      count: number;
      latest: components['schemas']['AnchorCheckDto'] | null;
      /** @description Anchors whose root or signature fails, or that no trusted key signed */
      failing: components['schemas']['AnchorCheckDto'][];
      /** @description The anchor stream's own chain */
      chain: components['schemas']['StreamVerificationDto'];
    };
    CaseVerificationDto: {
      streamName: string;
      ok: boolean;
      /** @description Events whose links held, from revision 0 up to the first broken one */
      verifiedEvents: number;
      headRevision: number;
      headHash: string | null;
      /** @description The first broken link */
      broken: components['schemas']['BrokenLinkDto'] | null;
      /** @description The last anchor's head for this stream */
      anchored: components['schemas']['AnchoredHeadDto'] | null;
      seen: components['schemas']['SeenHeadDto'] | null;
      /** Format: uuid */
      caseId: string;
      anchors: components['schemas']['AnchorsVerificationDto'];
    };
    PortDto: {
      /** @example Pelabuhan Sei Nyamuk, Sebatik */
      name: string;
      /** @enum {string} */
      kind: 'seaport' | 'airport' | 'land_crossing';
      /** @example ID */
      country: string;
      /** @example 35 */
      provinceCode?: string;
      /** @example 3509 */
      districtCode?: string;
      /** @example 4.16 */
      lat: number;
      /** @example 117.87 */
      lon: number;
      /**
       * @description Free-text transit points that stand for this port
       * @example [
       *       "Sei Nyamuk"
       *     ]
       */
      aliases: string[];
    };
    AgencyDto: {
      /** @example UPTD PPA Provinsi Kalimantan Timur */
      name: string;
      /** @enum {string} */
      type:
        | 'police'
        | 'social_services'
        | 'health'
        | 'lpsk'
        | 'bp2mi'
        | 'uptd_ppa'
        | 'shelter'
        | 'consulate'
        | 'immigration'
        | 'task_force'
        | 'inspectorate'
        | 'ministry';
      /** @example 35 */
      provinceCode?: string;
      /** @example 3509 */
      districtCode?: string;
      /**
       * Format: email
       * @description Where notifications to the agency go
       * @example uptdppa@kaltimprov.go.id
       */
      email?: string;
      /** @description false: the agency no longer acts (commands naming it are refused, its open referrals are listed for re-routing); default true */
      active?: boolean;
      /**
       * @description The agency that took over its work (a merger): implies active false; must be an active agency of the directory
       * @example POLDA-KALTIM
       */
      mergedInto?: string;
    };
    UserDto: {
      /** @example POLDA-KALTIM */
      agency: string;
      /** @enum {string} */
      role:
        | 'caseworker'
        | 'supervisor'
        | 'police_investigator'
        | 'social_services_officer'
        | 'health_officer'
        | 'lpsk_officer'
        | 'bp2mi_officer'
        | 'task_force_analyst'
        | 'task_force_coordinator'
        | 'auditor'
        | 'administrator';
      /** @description false refuses every request of this user at once, before the token expires */
      active: boolean;
      /** @description The name consoles show for the user (e.g. when a supervisor assigns a case); none: the user id */
      name?: string;
      /**
       * Format: email
       * @description Where notifications to the user go (a case assigned to them; to a supervisor, escalations); none: no e-mail
       * @example uptdppa@kaltimprov.go.id
       */
      email?: string;
    };
    WebhookDto: {
      /**
       * @description The agency whose notifications the webhook receives: an active agency of the directory
       * @example POLDA-KALTIM
       */
      agency: string;
      /**
       * @description Where deliveries are POSTed: https (http only with WEBHOOK_ALLOW_HTTP), no user name or password, a host that resolves to no loopback, private or link-local address (unless WEBHOOK_ALLOW_PRIVATE)
       * @example https://203.0.113.10/rujukan/notifikasi
       */
      url: string;
    };
    StatsScopeDto: {
      /**
       * @description The caller's region, from the directory
       * @enum {string}
       */
      level: 'national' | 'province' | 'district';
      /** @description Kemendagri code of the province or district; null for national */
      code: string | null;
    };
    StatsFiltersDto: {
      province: string | null;
      district: string | null;
      /** @description YYYY-MM-DD */
      from: string | null;
      /** @description YYYY-MM-DD */
      to: string | null;
    };
    StatsOverlapDto: {
      /** @description The multi-valued dimension: a case counts under each of its values */
      dimension: string;
      note: string;
    };
    StatsCellDto: {
      /** @description The group: each dimension grouped by and its value (null: none recorded) */
      key: {
        [key: string]: (string | number) | null;
      };
      /** @description null when suppressed */
      count: number | null;
      suppressed: boolean;
    };
    StatsMarginDto: {
      /** @description The group: each dimension grouped by and its value (null: none recorded) */
      key: {
        [key: string]: (string | number) | null;
      };
      /** @description null when suppressed */
      count: number | null;
      suppressed: boolean;
      /** @description The dimension summed over */
      dimension: string;
    };
    CaseCountsDto: {
      scope: components['schemas']['StatsScopeDto'];
      filters: components['schemas']['StatsFiltersDto'];
      groupBy: string[];
      /** @description STATS_MIN_CELL: counts below it are suppressed */
      threshold: number;
      overlapping?: components['schemas']['StatsOverlapDto'];
      cells: components['schemas']['StatsCellDto'][];
      margins: components['schemas']['StatsMarginDto'][];
      /** @description null when suppressed */
      total: number | null;
      totalSuppressed: boolean;
    };
    ReferralAnswersDto: {
      /** @description null when suppressed */
      accepted: number | null;
      /** @description null when suppressed */
      declined: number | null;
      /** @description null when suppressed */
      withdrawn: number | null;
      /** @description null when suppressed */
      expired: number | null;
      /** @description null when suppressed */
      pending: number | null;
    };
    ReferralGroupDto: {
      /** @description The group: each dimension grouped by and its value (null: none recorded) */
      key: {
        [key: string]: (string | number) | null;
      };
      suppressed: boolean;
      /** @description null when suppressed */
      sent: number | null;
      answers?: components['schemas']['ReferralAnswersDto'];
      /** @description null when suppressed */
      completed?: number | null;
      /** @description null when suppressed */
      medianHoursToAnswer?: number | null;
      /** @description null when suppressed */
      p90HoursToAnswer?: number | null;
      /** @description Share of answers given by the deadline, 0 to 1; null when suppressed */
      shareAnsweredInTime?: number | null;
      /** @description null when suppressed */
      medianDaysToComplete?: number | null;
      /** @description null when suppressed */
      p90DaysToComplete?: number | null;
    };
    ReferralFiguresDto: {
      scope: components['schemas']['StatsScopeDto'];
      filters: components['schemas']['StatsFiltersDto'];
      groupBy: string[];
      /** @description STATS_MIN_CELL: figures below it are suppressed */
      threshold: number;
      groups: components['schemas']['ReferralGroupDto'][];
      /** @description null when suppressed */
      totalSent: number | null;
    };
    CreateActionPlanDto: {
      /** @example RAD Pemberantasan TPPO dan ESA Kalimantan Timur */
      title: string;
      /**
       * @description The instrument that sets the plan
       * @example Pergub Kaltim 86/2011
       */
      legalBasis: string;
      /** @example 2011 */
      startYear: number;
      /**
       * @description At most ten years after startYear
       * @example 2015
       */
      endYear: number;
    };
    PlanCommandResponseDto: {
      /** Format: uuid */
      planId: string;
      /** @description Revision of the plan stream after the command */
      revision: number;
      /**
       * @description Global position of the last event written; pass it as X-Min-Position to read your own write
       * @example 1042-7
       */
      position: string;
    };
    AddPlanItemDto: {
      /**
       * @description Chosen by the client, unique within the plan
       * @example sosialisasi-sekolah
       */
      itemId: string;
      /** @enum {string} */
      pillar:
        | 'prevention'
        | 'handling'
        | 'advocacy'
        | 'socialization'
        | 'training'
        | 'coordination'
        | 'cooperation'
        | 'rehabilitation'
        | 'law_enforcement'
        | 'monitoring';
      /** @example Sosialisasi pencegahan TPPO ke sekolah-sekolah */
      activity: string;
      /**
       * @description The agency responsible: must be an active agency of the directory
       * @example POLDA-KALTIM
       */
      responsibleAgency: string;
      /** @example sekolah yang menerima sosialisasi */
      indicator: string;
      /** @example 40 */
      target: number;
      /** @example sekolah */
      unit: string;
      /**
       * Format: date
       * @description Within the plan's years
       * @example 2025-03-03
       */
      dueDate: string;
      /** @example APBD Provinsi — DP3A */
      budgetLine?: string;
    };
    ReportPlanProgressDto: {
      /**
       * Format: date
       * @example 2025-03-03
       */
      reportedOn: string;
      /**
       * @description The indicator's value reached by then (cumulative)
       * @example 12
       */
      achieved: number;
      note?: string;
      /**
       * @description A document reference; no victim data
       * @example Laporan kegiatan DP3A No. 12/2026
       */
      evidence?: string;
    };
    CompletePlanItemDto: {
      /**
       * Format: date
       * @example 2025-03-03
       */
      completedOn: string;
      note?: string;
    };
    RecordMouDto: {
      /**
       * @description The number of the document as signed
       * @example 119/1234/PEM-PP/2024
       */
      reference: string;
      /** @example Kerja sama penanganan korban TPPO antara Pemprov Kaltim dan Pemprov Kaltara */
      title: string;
      /**
       * @description Provinces party to the MoU (Kemendagri codes)
       * @example [
       *       "64",
       *       "65"
       *     ]
       */
      provinces?: string[];
      /**
       * @description Agencies of the directory party to the MoU
       * @example [
       *       "BP3MI-NUNUKAN"
       *     ]
       */
      agencies?: string[];
      /**
       * @example [
       *       "case_transfer",
       *       "repatriation"
       *     ]
       */
      scopes: ('case_transfer' | 'repatriation' | 'shelter' | 'rehabilitation' | 'reintegration' | 'law_enforcement' | 'prevention' | 'data_sharing')[];
      /**
       * Format: date
       * @example 2025-03-03
       */
      signedOn: string;
      /**
       * Format: date
       * @description None: no end date
       * @example 2025-03-03
       */
      expiresOn?: string;
      /**
       * @description Where the signed document is kept; no victim data
       * @example Arsip Biro Pemerintahan 2024/17
       */
      document?: string;
      /** @description An invented MoU for a demonstration, not a real agreement */
      illustrative?: boolean;
    };
    MouCommandResponseDto: {
      /** Format: uuid */
      mouId: string;
      /** @description Revision of the MoU stream after the command */
      revision: number;
      /**
       * @description Global position of the last event written; pass it as X-Min-Position to read your own write
       * @example 1042-7
       */
      position: string;
    };
    RenewMouDto: {
      /**
       * Format: date
       * @description The new expiry; none: no end date
       * @example 2025-03-03
       */
      expiresOn?: string;
      /** @example Adendum 1 No. 119/2029/PEM-PP/2029 */
      reference?: string;
      note?: string;
    };
    TerminateMouDto: {
      /**
       * Format: date
       * @example 2025-03-03
       */
      terminatedOn: string;
      note?: string;
    };
    DevSignInDto: {
      /**
       * @description An agency of the directory
       * @example POLDA-KALTIM
       */
      agency: string;
      /** @enum {string} */
      role:
        | 'caseworker'
        | 'supervisor'
        | 'police_investigator'
        | 'social_services_officer'
        | 'health_officer'
        | 'lpsk_officer'
        | 'bp2mi_officer'
        | 'task_force_analyst'
        | 'task_force_coordinator'
        | 'auditor'
        | 'administrator';
      /**
       * @description The user id the token names (sub)
       * @example cw-kaltim
       */
      userId: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description Everything the service needs answers: `status` is `ok`, or `degraded` while a projection has parked an event it could not apply (`details.projections` names each such projection with its parked and held events; every other stream and projection goes on)
       *
       *     The Health Check is successful
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example ok
             * @enum {string}
             */
            status?: 'ok' | 'degraded';
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database or the event store does not answer
       *
       *     The Health Check is not successful
       *
       *     Codes: `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  CaseQueriesController_list: {
    parameters: {
      query?: {
        /** @description The same as X-Min-Position */
        minPosition?: unknown;
        /** @description 0-100000 */
        offset?: unknown;
        /** @description 1-100, default 25 */
        limit?: unknown;
        /** @description YYYY-MM-DD, inclusive */
        openedTo?: unknown;
        /** @description YYYY-MM-DD, inclusive */
        openedFrom?: unknown;
        /** @description true: cases with a clock past due */
        overdue?: unknown;
        /** @description cases with a referral in this state: sent, accepted, declined, withdrawn, expired, completed */
        referral?: unknown;
        /** @description true: closed cases only (the same as status=closed) */
        closed?: unknown;
        /** @description open or closed */
        status?: unknown;
        /** @description intake, assessment, rehabilitation, repatriation, reintegration, closed */
        stage?: unknown;
        /** @description KI-2026-0042, initials (AS), LP/B/45/III/2025/…, or (own cases) a name word, a NIK, a phone number */
        q?: unknown;
      };
      header: {
        'x-min-position': string;
        /** @description A position a command returned: wait (bounded) until this answer includes it */
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `{ total, limit, offset, cases }`: each case cut to what the caller may see of it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: the role does not read cases (details.rule `permission`)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  openCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenCaseDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /** @description `CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`, `TRANSFER.NOT_FOUND` … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.ALREADY_EXISTS`, `CASE.CONCURRENT_UPDATE`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.ALREADY_EXISTS' | 'CASE.CONCURRENT_UPDATE';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  registerVictim: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterVictimDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.AGE_INCONSISTENT`, `VALIDATION.DISTRICT_NOT_IN_PROVINCE`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.AGE_INCONSISTENT'
              | 'VALIDATION.DISTRICT_NOT_IN_PROVINCE'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CASE.VICTIM_ALREADY_REGISTERED`, `IDENTITY.ERASED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'CASE.VICTIM_ALREADY_REGISTERED' | 'IDENTITY.ERASED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordReturnLeg: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordReturnLegDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  eraseIdentity: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseIdentityDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `IDENTITY.ALREADY_ERASED`, `IDENTITY.LEGAL_HOLD`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'IDENTITY.ALREADY_ERASED' | 'IDENTITY.LEGAL_HOLD';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordConsent: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordConsentDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.GUARDIAN_REQUIRED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.GUARDIAN_REQUIRED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CASE.VICTIM_NOT_REGISTERED`, `CONSENT.ALREADY_EXISTS`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'CASE.VICTIM_NOT_REGISTERED' | 'CONSENT.ALREADY_EXISTS';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  withdrawConsent: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawConsentDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `CONSENT.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'CONSENT.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CONSENT.ALREADY_WITHDRAWN`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'CONSENT.ALREADY_WITHDRAWN';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  overrideConsent: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OverrideConsentDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.REQUIRED`, `VALIDATION.SAME_AGENCY`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.SAME_AGENCY'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CONSENT.ALREADY_EXISTS`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'CONSENT.ALREADY_EXISTS';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordAssessment: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAssessmentDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `ASSESSMENT.ALREADY_EXISTS`, `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'ASSESSMENT.ALREADY_EXISTS' | 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`, `PORT.UNKNOWN`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED' | 'PORT.UNKNOWN';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  approveAssessment: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveAssessmentDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `ASSESSMENT.NOT_FOUND`, `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'ASSESSMENT.NOT_FOUND' | 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `ASSESSMENT.ALREADY_APPROVED`, `ASSESSMENT.SUPERSEDED`, `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'ASSESSMENT.ALREADY_APPROVED' | 'ASSESSMENT.SUPERSEDED' | 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  requestService: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestServiceDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `SERVICE.ALREADY_EXISTS`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'SERVICE.ALREADY_EXISTS';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordServiceDelivered: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordServiceDeliveredDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `SERVICE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'SERVICE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `SERVICE.ALREADY_DELIVERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'SERVICE.ALREADY_DELIVERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  startShelterPlacement: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartShelterPlacementDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `SHELTER.ALREADY_EXISTS`, `SHELTER.ALREADY_PLACED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'SHELTER.ALREADY_EXISTS' | 'SHELTER.ALREADY_PLACED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  extendShelterPlacement: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtendShelterPlacementDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.OUT_OF_RANGE' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `SHELTER.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'SHELTER.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `SHELTER.ALREADY_ENDED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'SHELTER.ALREADY_ENDED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  endShelterPlacement: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndShelterPlacementDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_VALUE' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `SHELTER.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'SHELTER.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `SHELTER.ALREADY_ENDED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'SHELTER.ALREADY_ENDED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  planRepatriation: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlanRepatriationDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REINTEGRATION.ALREADY_COMPLETED`, `REPATRIATION.ALREADY_COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'REINTEGRATION.ALREADY_COMPLETED'
              | 'REPATRIATION.ALREADY_COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`, `PORT.UNKNOWN`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED' | 'PORT.UNKNOWN';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordHandover: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordHandoverDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_FORMAT' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REINTEGRATION.ALREADY_COMPLETED`, `REPATRIATION.ALREADY_COMPLETED`, `REPATRIATION.NOT_PLANNED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'REINTEGRATION.ALREADY_COMPLETED'
              | 'REPATRIATION.ALREADY_COMPLETED'
              | 'REPATRIATION.NOT_PLANNED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  completeRepatriation: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REINTEGRATION.ALREADY_COMPLETED`, `REPATRIATION.ALREADY_COMPLETED`, `REPATRIATION.NOT_PLANNED`, `REPATRIATION.NO_HANDOVER`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'REINTEGRATION.ALREADY_COMPLETED'
              | 'REPATRIATION.ALREADY_COMPLETED'
              | 'REPATRIATION.NOT_PLANNED'
              | 'REPATRIATION.NO_HANDOVER';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  approveReintegrationPlan: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveReintegrationPlanDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_VALUE' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REINTEGRATION.ALREADY_COMPLETED`, `REPATRIATION.ALREADY_COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'REINTEGRATION.ALREADY_COMPLETED'
              | 'REPATRIATION.ALREADY_COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordFollowUpVisit: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordFollowUpVisitDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REINTEGRATION.ALREADY_COMPLETED`, `REINTEGRATION.NO_APPROVED_PLAN`, `REPATRIATION.ALREADY_COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'REINTEGRATION.ALREADY_COMPLETED'
              | 'REINTEGRATION.NO_APPROVED_PLAN'
              | 'REPATRIATION.ALREADY_COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  completeReintegration: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteReintegrationDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REINTEGRATION.ALREADY_COMPLETED`, `REINTEGRATION.NO_APPROVED_PLAN`, `REINTEGRATION.NO_FOLLOW_UP_VISIT`, `REPATRIATION.ALREADY_COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'REINTEGRATION.ALREADY_COMPLETED'
              | 'REINTEGRATION.NO_APPROVED_PLAN'
              | 'REINTEGRATION.NO_FOLLOW_UP_VISIT'
              | 'REPATRIATION.ALREADY_COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  filePoliceReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FilePoliceReportDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `POLICE_REPORT.ALREADY_RECORDED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'POLICE_REPORT.ALREADY_RECORDED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordSpdp: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSpdpDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `LEGAL.ALREADY_RECORDED`, `LEGAL.STEP_NOT_REACHED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'LEGAL.ALREADY_RECORDED' | 'LEGAL.STEP_NOT_REACHED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  nameSuspects: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NameSuspectsDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `LEGAL.STEP_NOT_REACHED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'LEGAL.STEP_NOT_REACHED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordCaseFileComplete: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCaseFileCompleteDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_FORMAT' | 'VALIDATION.OUT_OF_RANGE' | 'VALIDATION.REQUIRED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `LEGAL.ALREADY_RECORDED`, `LEGAL.STEP_NOT_REACHED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'LEGAL.ALREADY_RECORDED' | 'LEGAL.STEP_NOT_REACHED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  startProsecution: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartProsecutionDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `LEGAL.ALREADY_RECORDED`, `LEGAL.STEP_NOT_REACHED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'LEGAL.ALREADY_RECORDED' | 'LEGAL.STEP_NOT_REACHED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordVerdict: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordVerdictDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `LEGAL.ALREADY_RECORDED`, `LEGAL.STEP_NOT_REACHED`, `RESTITUTION.ALREADY_ORDERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'LEGAL.ALREADY_RECORDED'
              | 'LEGAL.STEP_NOT_REACHED'
              | 'RESTITUTION.ALREADY_ORDERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  fileLpskApplication: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FileLpskApplicationDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `LPSK.ALREADY_EXISTS`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'LPSK.ALREADY_EXISTS';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordLpskDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordLpskDecisionDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `LPSK.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'LPSK.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `LPSK.ALREADY_DECIDED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'LPSK.ALREADY_DECIDED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  assessRestitution: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessRestitutionDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `RESTITUTION.ALREADY_EXISTS`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'RESTITUTION.ALREADY_EXISTS';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  orderRestitution: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrderRestitutionDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `RESTITUTION.ALREADY_ORDERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'RESTITUTION.ALREADY_ORDERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordRestitutionPayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRestitutionPaymentDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_FORMAT' | 'VALIDATION.OUT_OF_RANGE' | 'VALIDATION.REQUIRED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `RESTITUTION.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'RESTITUTION.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `RESTITUTION.ALREADY_SETTLED`, `RESTITUTION.NOT_ORDERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'RESTITUTION.ALREADY_SETTLED' | 'RESTITUTION.NOT_ORDERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  recordRestitutionDefault: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRestitutionDefaultDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `RESTITUTION.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'RESTITUTION.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `RESTITUTION.ALREADY_SETTLED`, `RESTITUTION.NOT_ORDERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'RESTITUTION.ALREADY_SETTLED' | 'RESTITUTION.NOT_ORDERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  advanceStage: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdvanceStageDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_VALUE' | 'VALIDATION.REQUIRED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.INVALID_STAGE_TRANSITION`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CASE.STAGE_REQUIREMENTS_NOT_MET`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.INVALID_STAGE_TRANSITION'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'CASE.STAGE_REQUIREMENTS_NOT_MET';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  skipStage: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SkipStageDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_VALUE' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CASE.STAGE_NOT_SKIPPABLE`, `CASE.STAGE_REQUIREMENTS_NOT_MET`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'CASE.STAGE_NOT_SKIPPABLE'
              | 'CASE.STAGE_REQUIREMENTS_NOT_MET';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  requestClosure: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestClosureDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_VALUE' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CLOSURE_ALREADY_REQUESTED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CASE.OPEN_REFERRALS`, `CASE.OPEN_SHELTER_PLACEMENT`, `CASE.STAGE_REQUIREMENTS_NOT_MET`, `CASE.UNPAID_RESTITUTION`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CLOSURE_ALREADY_REQUESTED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'CASE.OPEN_REFERRALS'
              | 'CASE.OPEN_SHELTER_PLACEMENT'
              | 'CASE.STAGE_REQUIREMENTS_NOT_MET'
              | 'CASE.UNPAID_RESTITUTION';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  approveClosure: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CASE.NO_CLOSURE_REQUESTED`, `CASE.OPEN_REFERRALS`, `CASE.OPEN_SHELTER_PLACEMENT`, `CASE.STAGE_REQUIREMENTS_NOT_MET`, `CASE.UNPAID_RESTITUTION`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'CASE.CLOSED'
              | 'CASE.CONCURRENT_UPDATE'
              | 'CASE.NOT_CLOSED'
              | 'CASE.NOT_IN_STAGE'
              | 'CASE.NO_CLOSURE_REQUESTED'
              | 'CASE.OPEN_REFERRALS'
              | 'CASE.OPEN_SHELTER_PLACEMENT'
              | 'CASE.STAGE_REQUIREMENTS_NOT_MET'
              | 'CASE.UNPAID_RESTITUTION';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  rejectClosure: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CASE.NO_CLOSURE_REQUESTED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'CASE.NO_CLOSURE_REQUESTED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  reopenCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenCaseDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_VALUE' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.INVALID_STAGE_TRANSITION`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.INVALID_STAGE_TRANSITION' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  sendReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendReferralDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.NOT_IN_FUTURE`, `VALIDATION.REQUIRED`, `VALIDATION.SAME_AGENCY`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.NOT_IN_FUTURE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.SAME_AGENCY'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CONSENT.REQUIRED`, `REFERRAL.ALREADY_EXISTS`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'CONSENT.REQUIRED' | 'REFERRAL.ALREADY_EXISTS';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  requestTransfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestTransferDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.REQUIRED`, `VALIDATION.SAME_AGENCY`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.SAME_AGENCY'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `TRANSFER.ALREADY_EXISTS`, `TRANSFER.ALREADY_PENDING`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'TRANSFER.ALREADY_EXISTS' | 'TRANSFER.ALREADY_PENDING';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`, `MOU.NOT_IN_FORCE`, `MOU.UNKNOWN`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED' | 'MOU.NOT_IN_FORCE' | 'MOU.UNKNOWN';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  acceptReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The referral id (returned by send-referral) */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptReferralDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'REFERRAL.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REFERRAL.ALREADY_ANSWERED`, `TRANSFER.ALREADY_ANSWERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'REFERRAL.ALREADY_ANSWERED' | 'TRANSFER.ALREADY_ANSWERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  declineReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The referral id (returned by send-referral) */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'REFERRAL.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REFERRAL.ALREADY_ANSWERED`, `TRANSFER.ALREADY_ANSWERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'REFERRAL.ALREADY_ANSWERED' | 'TRANSFER.ALREADY_ANSWERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  withdrawReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The referral id (returned by send-referral) */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'REFERRAL.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REFERRAL.ALREADY_ANSWERED`, `TRANSFER.ALREADY_ANSWERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'REFERRAL.ALREADY_ANSWERED' | 'TRANSFER.ALREADY_ANSWERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  completeReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The referral id (returned by send-referral) */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteReferralDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_VALUE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.INVALID_VALUE' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'REFERRAL.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REFERRAL.ALREADY_ANSWERED`, `REFERRAL.NOT_ACCEPTED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'REFERRAL.ALREADY_ANSWERED' | 'REFERRAL.NOT_ACCEPTED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  acceptTransfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The transfer id (returned by request-transfer) */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `TRANSFER.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'TRANSFER.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REFERRAL.ALREADY_ANSWERED`, `TRANSFER.ALREADY_ANSWERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'REFERRAL.ALREADY_ANSWERED' | 'TRANSFER.ALREADY_ANSWERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  declineTransfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The transfer id (returned by request-transfer) */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `TRANSFER.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'TRANSFER.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `REFERRAL.ALREADY_ANSWERED`, `TRANSFER.ALREADY_ANSWERED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'REFERRAL.ALREADY_ANSWERED' | 'TRANSFER.ALREADY_ANSWERED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  assignCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignCaseDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED' | 'VALIDATION.REQUIRED' | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`, `USER.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'USER.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `ASSIGNMENT.UNCHANGED`, `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'ASSIGNMENT.UNCHANGED' | 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`, `USER.INACTIVE`, `USER.NOT_CASEWORKER`, `USER.OTHER_AGENCY`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED' | 'USER.INACTIVE' | 'USER.NOT_CASEWORKER' | 'USER.OTHER_AGENCY';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  addCaseNote: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first response and writes nothing */
        'Idempotency-Key'?: string;
        /** @description Carried into every event the command writes */
        'X-Correlation-Id'?: string;
        /** @description The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE` */
        'If-Match'?: string;
      };
      path: {
        /** @description The case id */
        id: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddCaseNoteDto'];
      };
    };
    responses: {
      /** @description The command was accepted and its events written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description Not found, or not visible to the caller
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `CONSENT.REQUIRED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'CONSENT.REQUIRED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DocumentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `documents` (each with `downloadable`), `erased` after erasure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or not one the caller may see
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DocumentsController_upload: {
    parameters: {
      query: {
        /** @description What the document is */
        kind: 'consent_form' | 'visum_et_repertum' | 'bap' | 'police_report' | 'passport_copy' | 'other';
      };
      header?: {
        /** @description Makes a retried upload store and record the document once */
        'Idempotency-Key'?: string;
        /** @description The file's name, percent-encoded UTF-8 (sealed with the victim's key; erased with it) */
        'X-File-Name'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The file's bytes */
    requestBody: {
      content: {
        'application/pdf': string;
        'image/png': string;
        'image/jpeg': string;
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description `{ caseId, revision, position, documentId, sha256, contentType, size }` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`, `VALIDATION.INVALID_FORMAT`, `VALIDATION.INVALID_VALUE`, `VALIDATION.OUT_OF_RANGE`, `VALIDATION.REQUIRED`, `VALIDATION.TOO_LONG`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'REQUEST.MALFORMED'
              | 'VALIDATION.FAILED'
              | 'VALIDATION.INVALID_FORMAT'
              | 'VALIDATION.INVALID_VALUE'
              | 'VALIDATION.OUT_OF_RANGE'
              | 'VALIDATION.REQUIRED'
              | 'VALIDATION.TOO_LONG';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: only the owning agency's caseworkers and supervisors attach documents
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `CASE.CLOSED`, `CASE.CONCURRENT_UPDATE`, `CASE.NOT_CLOSED`, `CASE.NOT_IN_STAGE`, `DOCUMENT.ALREADY_ATTACHED`, `IDENTITY.ERASED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.CLOSED' | 'CASE.CONCURRENT_UPDATE' | 'CASE.NOT_CLOSED' | 'CASE.NOT_IN_STAGE' | 'DOCUMENT.ALREADY_ATTACHED' | 'IDENTITY.ERASED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `DOCUMENT.REQUIRED`, `DOCUMENT.TYPE_MISMATCH`, `DOCUMENT.UNSUPPORTED_TYPE`, `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'DOCUMENT.REQUIRED' | 'DOCUMENT.TYPE_MISMATCH' | 'DOCUMENT.UNSUPPORTED_TYPE' | 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DocumentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, with its content type and an X-Content-SHA256 header that equals the hash in `DocumentAttached` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `DOCUMENT.WITHHELD`: the agency sees the case but not the victim's identity (no consent to share, or no override)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `DOCUMENT.WITHHELD`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'DOCUMENT.WITHHELD';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`, `DOCUMENT.NOT_FOUND`
       *
       *     Codes: `CASE.NOT_FOUND`, `DOCUMENT.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'DOCUMENT.NOT_FOUND';
          };
        };
      };
      /**
       * @description Gone for good: erased with the victim’s identity
       *
       *     Codes: `DOCUMENT.ERASED`
       */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'DOCUMENT.ERASED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  CaseQueriesController_summary: {
    parameters: {
      query?: {
        /** @description The same as X-Min-Position */
        minPosition?: string;
      };
      header: {
        'x-min-position': string;
        /** @description A position a command returned: wait (bounded) until this answer includes it */
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case as the caller may see it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: the role does not read cases (details.rule `permission`)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or not one the caller may see
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  CaseQueriesController_timeline: {
    parameters: {
      query?: {
        /** @description The same as X-Min-Position */
        minPosition?: string;
        /** @description Only events after this revision (paging) */
        afterRevision?: string;
        /** @description 1-500, default 100 */
        limit?: string;
      };
      header: {
        'x-min-position': string;
        /** @description A position a command returned: wait (bounded) until this answer includes it */
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Owners see every event; other agencies see what they did themselves. Each event has `summary` (an English sentence) and `facts` (the values of that sentence without words, for a client to write it in its own language) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or not one the caller may see
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  QueueController_mine: {
    parameters: {
      query?: {
        /** @description The same as X-Min-Position */
        minPosition?: string;
        service?:
          | 'health'
          | 'first_aid'
          | 'psychosocial'
          | 'social_rehabilitation'
          | 'legal_aid'
          | 'shelter'
          | 'law_enforcement'
          | 'repatriation'
          | 'reintegration'
          | 'restitution'
          | 'protection'
          | 'documents'
          | 'economic_empowerment'
          | 'education';
        stage?: 'intake' | 'assessment' | 'rehabilitation' | 'repatriation' | 'reintegration';
        /** @description 1-200 per list, default 50 */
        limit?: string;
        /** @description paging offset of every list, default 0 */
        offset?: string;
      };
      header: {
        'x-min-position': string;
        /** @description A position a command returned: wait (bounded) until this answer includes it */
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description incoming (sent, awaiting an answer, with deadline and seconds left), overdue, inProgress (accepted), recentlyClosed (answered or ended in the last 30 days), awaitingOthers (referrals of the cases this agency owns, awaiting an answer: after a transfer the new owner answers for those the former owner sent), reroute (to supervisors: open referrals of its cases whose receiving agency the directory no longer has acting, with the merger if any and the actions WithdrawReferral and SendReferral), incomingTransfers (cases other agencies ask this agency to take over, awaiting its answer: no deadline, the seconds waited and the answers its role may give), outgoingTransfers (its own transfer requests not yet answered), for the owning agency its open cases by stage with the next due action (the caller's own, `mine`, first; `assignee` the caseworker who carries each), and faults: its cases with an event a projection could not apply and parked (the views named in `projections` miss that event and the later ones of the case until an operator applies them again; every other case is unaffected) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  QueueController_team: {
    parameters: {
      query?: {
        /** @description The same as X-Min-Position */
        minPosition?: string;
      };
      header: {
        'x-min-position': string;
        /** @description A position a command returned: wait (bounded) until this answer includes it */
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description members: every active caseworker of the agency and anyone still carrying one of its open cases (userId, name as the directory records it or null, assignable: still an active caseworker of the agency, openCases, overdueItems: clocks of their open cases past due); unassigned: the open cases nobody carries and their overdue items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  QueueController_supervisor: {
    parameters: {
      query?: {
        /** @description The same as X-Min-Position */
        minPosition?: string;
        /** @description 1-200 per list, default 50 */
        limit?: string;
      };
      header: {
        'x-min-position': string;
        /** @description A position a command returned: wait (bounded) until this answer includes it */
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description approvals: assessments (the latest recorded assessment not yet approved, with its indicators, victim status, risk and needs as recorded), closures (the reason, note and unpaid-restitution reason asked with), reintegrationPlans (cases at reintegration waiting for a plan); escalations: expiredReferrals (expired and not yet followed by a new referral, with everything needed to send it again: `resend` is the body of SendReferral less a new id and deadline) and overdueServices (services past their 7-day start); waitingLong: open cases with no event for 14 days or more. Each list oldest first, only the caller's agency; free text opened for her and each case read in the access log */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DuplicatesController_list: {
    parameters: {
      query?: {
        /** @description The same as X-Min-Position */
        minPosition?: string;
        /** @description 1-100, default 50 */
        limit?: string;
        /** @description 0-100000 */
        offset?: string;
      };
      header: {
        'x-min-position': string;
        /** @description A position a command returned: wait (bounded) until this answer includes it */
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `{ duplicates: [...] }`, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DuplicatesController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DuplicateDecisionDto'];
      };
    };
    responses: {
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `DUPLICATE.NOT_FOUND`: no such match concerning a case of the caller’s agency
       *
       *     Codes: `DUPLICATE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'DUPLICATE.NOT_FOUND';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_events: {
    parameters: {
      query: {
        /** @description Why the record is read (recorded in the access log); 3-500 characters */
        reason: unknown;
        /** @description 1-1000, default 100 */
        limit?: unknown;
        /** @description Paging: events after this revision */
        afterRevision?: unknown;
        /** @description Only events of this user */
        actor?: unknown;
        /** @description Event types, comma-separated */
        type?: unknown;
        /** @description Recorded at or before (ISO 8601) */
        to?: unknown;
        /** @description Recorded at or after (ISO 8601) */
        from?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Events with actor, role, agency, correlation, causation and command ids, times, revision, position and hash */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventsPageDto'];
        };
      };
      /**
       * @description `VALIDATION.*`: a missing reason or a malformed parameter, with the field and why
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: only auditors read the audit record
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_state: {
    parameters: {
      query: {
        /** @description Why the record is read (recorded in the access log); 3-500 characters */
        reason: unknown;
        /** @description Up to and including this revision */
        revision?: unknown;
        /** @description ISO 8601 time; everything recorded up to then */
        at?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The folded state, with the last event it includes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseAsOfDto'];
        };
      };
      /**
       * @description `VALIDATION.*`: a missing reason or a malformed parameter, with the field and why
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: only auditors read the audit record
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_diff: {
    parameters: {
      query: {
        /** @description Why the record is read (recorded in the access log); 3-500 characters */
        reason: unknown;
        /** @description A revision (whole number) or an ISO 8601 time */
        to: unknown;
        /** @description A revision (whole number) or an ISO 8601 time */
        from: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RFC 6902 operations from the state at `from` to the state at `to` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDiffDto'];
        };
      };
      /**
       * @description `VALIDATION.*`: a missing reason or a malformed parameter, with the field and why
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: only auditors read the audit record
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query: {
        /** @description Why the record is read (recorded in the access log); 3-500 characters */
        reason: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `ok`, and the first broken link (stream, revision, reason, expected and found hash; for a missing tail or stream found by the read side, `seenBy`: which read model or the access log saw how far) when there is one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseVerificationDto'];
        };
      };
      /**
       * @description `VALIDATION.*`: a missing reason or a malformed parameter, with the field and why
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: only auditors read the audit record
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no event, no anchor and no read model knows the case
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_dossier: {
    parameters: {
      query: {
        /** @description Why the record is read (recorded in the access log); 3-500 characters */
        reason: unknown;
        /** @description json (default): the signed dossier; html: its readable page */
        format?: 'json' | 'html';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Content-Disposition: attachment; `<caseId>.dossier.json` (signed) or `<caseId>.dossier.html` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION.*`: a missing reason or a malformed parameter, with the field and why
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: only auditors read the audit record
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: the case has no event
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_accessLog: {
    parameters: {
      query: {
        /** @description Why the record is read (recorded in the access log); 3-500 characters */
        reason: unknown;
        /** @description 1-1000, default 100 */
        limit?: unknown;
        /** @description Paging: entries older than this id */
        beforeId?: unknown;
        /** @description ISO 8601 */
        to?: unknown;
        /** @description ISO 8601 */
        from?: unknown;
        action?:
          | 'case.read'
          | 'case.timeline'
          | 'case.search'
          | 'identity.read'
          | 'document.list'
          | 'document.read'
          | 'letter.print'
          | 'letter.verify'
          | 'audit.events'
          | 'audit.state'
          | 'audit.diff'
          | 'audit.verify'
          | 'audit.verify_all'
          | 'audit.access_log'
          | 'audit.replay'
          | 'audit.export'
          | 'export.simfoni';
        agency?: unknown;
        actor?: unknown;
        caseId?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Access log entries, paged by `beforeId` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION.*`: a missing reason or a malformed parameter, with the field and why
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: only auditors read the audit record
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  IdentityController_identity: {
    parameters: {
      query?: {
        /** @description Why the identity is opened, recorded in the access log (the console always asks): a code from the list, never free text */
        reason?: 'contact_victim' | 'family_tracing' | 'service_delivery' | 'legal_process' | 'document_preparation' | 'data_verification';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `fields` opened, `withheld` the names of the others, `basis` owner/consent/override, `erased` after erasure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION.FAILED`: `reason` is not one of the listed codes
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: the role does not read cases
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or not one the caller may see
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DirectoryController_listPorts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { shipped: [...], added: [...] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DirectoryController_putPort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PortDto'];
      };
    };
    responses: {
      /** @description The port as recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `PORT.SHIPPED`: the code is on the shipped list (data/ports/ports.json)
       *
       *     Codes: `PORT.SHIPPED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PORT.SHIPPED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DirectoryController_agencies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description code, name, type, province, district and e-mail address */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DirectoryController_putAgency: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgencyDto'];
      };
    };
    responses: {
      /** @description The agency as recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DirectoryController_listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  DirectoryController_putUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserDto'];
      };
    };
    responses: {
      /** @description The user as recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_webhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { webhooks: [{ subscriptionId, agency, url, active, createdAt, createdBy }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_subscribe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookDto'];
      };
    };
    responses: {
      /** @description { subscriptionId, agency, url, active, secret } */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`: the directory holds no such agency that acts
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The subscription id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { subscriptionId, active: false } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `WEBHOOK.NOT_FOUND`
       *
       *     Codes: `WEBHOOK.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'WEBHOOK.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { email: { configured, waiting, expired }, deadLetters } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_deadLetters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { deadLetters: [{ deliveryId, notificationId, kind, caseId, channel, target, attempts, lastError, deadAt }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_replay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The delivery id (`deliveryId` of the dead letter) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { deliveryId, status: "pending" } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `NOTIFICATION.NOT_FOUND`: no dead letter has this id (never one, delivered since, replayed or discarded)
       *
       *     Codes: `NOTIFICATION.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'NOTIFICATION.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_discard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The delivery id (`deliveryId` of the dead letter) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { deliveryId, status: "discarded" } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `NOTIFICATION.NOT_FOUND`: no dead letter has this id (never one, delivered since, replayed or discarded)
       *
       *     Codes: `NOTIFICATION.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'NOTIFICATION.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsController_cases: {
    parameters: {
      query?: {
        /** @description Language of CSV/XLSX column headers; default from Accept-Language, else id */
        lang?: 'id' | 'en';
        /** @description json (default), csv or xlsx; suppressed counts read "s" */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Narrow to a district (of identification or origin) inside the caller’s scope */
        district?: unknown;
        /** @description Narrow to a province (of identification or origin) inside the caller’s scope */
        province?: unknown;
        /** @description Identified on or before (YYYY-MM-DD, WIB) */
        to?: unknown;
        /** @description Identified on or after (YYYY-MM-DD, WIB) */
        from?: unknown;
        /** @description Comma-separated, up to 3 of: year, month, foundProvince, foundDistrict, originProvince, originDistrict, sex, ageGroup, nationality, victimStatus, destinationCountry, channel, stage, closureReason; or one multi-valued category (exploitationType, recruitmentMethod, modus, transitPoint) with at most one other: then a case counts under each of its values (none recorded: null), so the cells do not add up to the total; a cell is also hidden when the cases of its row not mentioning it number 1 to threshold − 1, and a lone hidden cell takes another with it (the response says so in `overlapping`) */
        groupBy?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description cells (count, or null when suppressed, with the reason), margins and the total */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCountsDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `STATS.TOO_DETAILED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'STATS.TOO_DETAILED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsController_referrals: {
    parameters: {
      query?: {
        /** @description Language of CSV/XLSX column headers; default from Accept-Language, else id */
        lang?: 'id' | 'en';
        /** @description json (default), csv or xlsx; suppressed figures read "s" */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Sent on or before (YYYY-MM-DD, WIB) */
        to?: unknown;
        /** @description Sent on or after (YYYY-MM-DD, WIB) */
        from?: unknown;
        /** @description Comma-separated, up to 2 of: toAgency, toAgencyType, service, year, foundProvince, foundDistrict */
        groupBy?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per group; figures of groups with fewer than STATS_MIN_CELL referrals, and small counts inside a row, are suppressed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralFiguresDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `STATS.TOO_DETAILED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'STATS.TOO_DETAILED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsController_stages: {
    parameters: {
      query?: {
        /** @description Language of CSV/XLSX column headers; default from Accept-Language, else id */
        lang?: 'id' | 'en';
        /** @description json (default), csv or xlsx; suppressed figures read "s" */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Narrow to a district (of identification or origin) inside the caller’s scope */
        district?: unknown;
        /** @description Narrow to a province (of identification or origin) inside the caller’s scope */
        province?: unknown;
        /** @description Cases identified on or before (YYYY-MM-DD, WIB) */
        to?: unknown;
        /** @description Cases identified on or after (YYYY-MM-DD, WIB) */
        from?: unknown;
        /** @description Comma-separated, up to 2 of: year, foundProvince, foundDistrict */
        groupBy?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per group and open stage: completed, medianDays, p90Days, current (null when suppressed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `STATS.TOO_DETAILED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'STATS.TOO_DETAILED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsController_serviceClock: {
    parameters: {
      query?: {
        /** @description Language of CSV/XLSX column headers; default from Accept-Language, else id */
        lang?: 'id' | 'en';
        /** @description json (default), csv or xlsx; suppressed figures read "s" */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Narrow to a district (of identification or origin) inside the caller’s scope */
        district?: unknown;
        /** @description Narrow to a province (of identification or origin) inside the caller’s scope */
        province?: unknown;
        /** @description Requested on or before (YYYY-MM-DD, WIB) */
        to?: unknown;
        /** @description Requested on or after (YYYY-MM-DD, WIB) */
        from?: unknown;
        /** @description Comma-separated, up to 2 of: service, providerAgencyType, providerAgency, year, foundProvince, foundDistrict */
        groupBy?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per group; suppressed figures are null */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `STATS.TOO_DETAILED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'STATS.TOO_DETAILED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsController_transfers: {
    parameters: {
      query?: {
        /** @description Narrow to a district inside the caller’s scope */
        district?: unknown;
        /** @description Narrow to a province inside the caller’s scope */
        province?: unknown;
        /** @description YYYY-MM-DD: the day the MoUs binding each pair must be in force (default today) */
        asOf?: unknown;
        /** @description Requested on or before (YYYY-MM-DD, WIB) */
        to?: unknown;
        /** @description Requested on or after (YYYY-MM-DD, WIB) */
        from?: unknown;
      };
      header: {
        'x-min-position': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { byMou: { cells, total }, provincePairs: [{ fromProvince, toProvince, count, mous }], pairsWithoutMou } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `STATS.TOO_DETAILED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'STATS.TOO_DETAILED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsController_ports: {
    parameters: {
      query?: {
        /** @description Narrow to a district (of identification or origin) inside the caller’s scope */
        district?: unknown;
        /** @description Narrow to a province (of identification or origin) inside the caller’s scope */
        province?: unknown;
        /** @description Identified on or before (YYYY-MM-DD, WIB) */
        to?: unknown;
        /** @description Identified on or after (YYYY-MM-DD, WIB) */
        from?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { byPort: [{ port, name, kind, count, suppressed }], flows: [{ origin, port, destination, count, suppressed }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `STATS.TOO_DETAILED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'STATS.TOO_DETAILED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsController_flowsSvg: {
    parameters: {
      query?: {
        /** @description Language of the map’s text (default id) */
        lang?: 'id' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description image/svg+xml */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description The Idempotency-Key was used for another request, or the request asks too much
       *
       *     Codes: `STATS.TOO_DETAILED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'STATS.TOO_DETAILED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  StatsReportController_yearly: {
    parameters: {
      query: {
        /** @description html (default), pdf, or json: the published figures the page is drawn from */
        format?: 'html' | 'pdf' | 'json';
        /** @description id (default) or en */
        lang?: 'id' | 'en';
        /** @description A district inside the caller’s scope (4-digit Kemendagri code) */
        district?: unknown;
        /** @description A province inside the caller’s scope (2-digit Kemendagri code) */
        province?: unknown;
        /** @description The year of identification (WIB), e.g. 2025 */
        year: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report; counts below STATS_MIN_CELL, and the complements that would give them away, read "s" */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN` for roles other than task-force analysts; `STATS.OUT_OF_SCOPE` for a region outside the caller’s
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.NO_SCOPE`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.NO_SCOPE'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description Not available on this server
       *
       *     Codes: `SERVICE.NOT_SUPPORTED`
       */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'SERVICE.NOT_SUPPORTED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  ExportsController_simfoni: {
    parameters: {
      query?: {
        /** @description Identified on or before (YYYY-MM-DD, WIB) */
        to?: unknown;
        /** @description Identified on or after (YYYY-MM-DD, WIB) */
        from?: unknown;
        /** @description json (default: records, columns, notMapped, leftOut) or csv */
        format?: 'json' | 'csv';
      };
      header: {
        'x-min-position': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description records in SIMFONI’s case form order, the source of the field list, the fields not mapped, and how many cases were left out and why */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN` for roles other than supervisors (of the owning agency: other agencies’ cases are never considered)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  ExportsController_htcds: {
    parameters: {
      query?: {
        /** @description The caller’s own district (the default); a narrower region is refused (400) */
        district?: unknown;
        /** @description The caller’s own province (the default); a narrower region is refused (400) */
        province?: unknown;
        /** @description json (default: records with a `suppression` block) or csv (the suppression in X-Export-* headers) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description release (the quarter it runs to, and why there is no custom period: exports over overlapping periods or regions can be differenced), records, suppression (k, records, published, withSuppressedValues, dropped, suppressedShare), columns and the fields not mapped */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN` for roles other than task-force analysts and auditors; `STATS.OUT_OF_SCOPE` for a region outside the caller’s
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`, `STATS.OUT_OF_SCOPE`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?:
              | 'AUTH.AGENCY_INACTIVE'
              | 'AUTH.AGENCY_UNKNOWN'
              | 'AUTH.CLAIMS_MISMATCH'
              | 'AUTH.FORBIDDEN'
              | 'AUTH.USER_DEACTIVATED'
              | 'AUTH.USER_UNKNOWN'
              | 'STATS.OUT_OF_SCOPE';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_list: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD: the day against which items count as late (default today) */
        asOf?: string;
      };
      header: {
        'x-min-position': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { plans: [...] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActionPlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: not a coordinator, or not of the task force that owns the plan (`details.rule` plan_owner)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       *
       *     Codes: `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.NOT_FOUND' | 'PLAN_ITEM.NOT_FOUND';
          };
        };
      };
      /**
       * @description `PLAN.ALREADY_EXISTS`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`, `PLAN.CONCURRENT_UPDATE`
       *
       *     Codes: `PLAN.ALREADY_EXISTS`, `PLAN.CONCURRENT_UPDATE`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.ALREADY_EXISTS' | 'PLAN.CONCURRENT_UPDATE' | 'PLAN_ITEM.ALREADY_EXISTS' | 'PLAN_ITEM.COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`: the key asked something else before
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_addItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plan id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddPlanItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: not a coordinator, or not of the task force that owns the plan (`details.rule` plan_owner)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       *
       *     Codes: `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.NOT_FOUND' | 'PLAN_ITEM.NOT_FOUND';
          };
        };
      };
      /**
       * @description `PLAN.ALREADY_EXISTS`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`, `PLAN.CONCURRENT_UPDATE`
       *
       *     Codes: `PLAN.ALREADY_EXISTS`, `PLAN.CONCURRENT_UPDATE`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.ALREADY_EXISTS' | 'PLAN.CONCURRENT_UPDATE' | 'PLAN_ITEM.ALREADY_EXISTS' | 'PLAN_ITEM.COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`: the key asked something else before
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_reportProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plan id */
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportPlanProgressDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: not a coordinator, or not of the task force that owns the plan (`details.rule` plan_owner)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       *
       *     Codes: `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.NOT_FOUND' | 'PLAN_ITEM.NOT_FOUND';
          };
        };
      };
      /**
       * @description `PLAN.ALREADY_EXISTS`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`, `PLAN.CONCURRENT_UPDATE`
       *
       *     Codes: `PLAN.ALREADY_EXISTS`, `PLAN.CONCURRENT_UPDATE`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.ALREADY_EXISTS' | 'PLAN.CONCURRENT_UPDATE' | 'PLAN_ITEM.ALREADY_EXISTS' | 'PLAN_ITEM.COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`: the key asked something else before
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plan id */
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompletePlanItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: not a coordinator, or not of the task force that owns the plan (`details.rule` plan_owner)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       *
       *     Codes: `PLAN.NOT_FOUND`, `PLAN_ITEM.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.NOT_FOUND' | 'PLAN_ITEM.NOT_FOUND';
          };
        };
      };
      /**
       * @description `PLAN.ALREADY_EXISTS`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`, `PLAN.CONCURRENT_UPDATE`
       *
       *     Codes: `PLAN.ALREADY_EXISTS`, `PLAN.CONCURRENT_UPDATE`, `PLAN_ITEM.ALREADY_EXISTS`, `PLAN_ITEM.COMPLETED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.ALREADY_EXISTS' | 'PLAN.CONCURRENT_UPDATE' | 'PLAN_ITEM.ALREADY_EXISTS' | 'PLAN_ITEM.COMPLETED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`: the key asked something else before
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_view: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD: the day against which items count as late (default today) */
        asOf?: string;
      };
      header: {
        'x-min-position': string;
      };
      path: {
        /** @description The plan id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan, its counts and its items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: the plan belongs to another task force
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `PLAN.NOT_FOUND`
       *
       *     Codes: `PLAN.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_report: {
    parameters: {
      query: {
        /** @description html (default), pdf, or json: what the page is drawn from */
        format?: 'html' | 'pdf' | 'json';
        /** @description id (default) or en */
        lang?: 'id' | 'en';
        /** @description A year of the plan’s period, up to the current one, e.g. 2013 */
        year: unknown;
      };
      header: {
        'x-min-position': string;
      };
      path: {
        /** @description The plan id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: the plan belongs to another task force
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `PLAN.NOT_FOUND`
       *
       *     Codes: `PLAN.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'PLAN.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  LettersController_referral: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        referralId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`: not a referral the caller sent or received
       *
       *     Codes: `CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'REFERRAL.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  LettersController_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or not one the caller may see
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  LettersController_handover: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or not one the caller may see
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description A rule of the case forbids it now, or the case moved meanwhile
       *
       *     Codes: `REPATRIATION.NO_HANDOVER`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REPATRIATION.NO_HANDOVER';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  LettersController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `valid`: the code names an event of this case with that hash; `chainIntact`, `anchored` as audit verification says */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or not one the caller may see
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  LetterVerificationController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `valid`, `caseNumber`, `revision`, `recordedOn` (WIB day), `anchored`; a page in Indonesian when HTML is asked for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  MousController_list: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD: the day each status is told for (default today) */
        asOf?: string;
        /** @description Only MoUs binding this province (Kemendagri code) */
        province?: string;
      };
      header: {
        'x-min-position': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { asOf, mous: [...] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  MousController_record: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordMouDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: not a coordinator, a province task force recording an MoU its province is no party to (`mou_party`), or not the recorder (`mou_owner`)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `MOU.NOT_FOUND`
       *
       *     Codes: `MOU.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'MOU.NOT_FOUND';
          };
        };
      };
      /**
       * @description `MOU.ALREADY_EXISTS`, `MOU.TERMINATED`, `MOU.CONCURRENT_UPDATE`
       *
       *     Codes: `MOU.ALREADY_EXISTS`, `MOU.CONCURRENT_UPDATE`, `MOU.TERMINATED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'MOU.ALREADY_EXISTS' | 'MOU.CONCURRENT_UPDATE' | 'MOU.TERMINATED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  MousController_renew: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The MoU id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenewMouDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: not a coordinator, a province task force recording an MoU its province is no party to (`mou_party`), or not the recorder (`mou_owner`)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `MOU.NOT_FOUND`
       *
       *     Codes: `MOU.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'MOU.NOT_FOUND';
          };
        };
      };
      /**
       * @description `MOU.ALREADY_EXISTS`, `MOU.TERMINATED`, `MOU.CONCURRENT_UPDATE`
       *
       *     Codes: `MOU.ALREADY_EXISTS`, `MOU.CONCURRENT_UPDATE`, `MOU.TERMINATED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'MOU.ALREADY_EXISTS' | 'MOU.CONCURRENT_UPDATE' | 'MOU.TERMINATED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  MousController_terminate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The MoU id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TerminateMouDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MouCommandResponseDto'];
        };
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description `AUTH.FORBIDDEN`: not a coordinator, a province task force recording an MoU its province is no party to (`mou_party`), or not the recorder (`mou_owner`)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `MOU.NOT_FOUND`
       *
       *     Codes: `MOU.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'MOU.NOT_FOUND';
          };
        };
      };
      /**
       * @description `MOU.ALREADY_EXISTS`, `MOU.TERMINATED`, `MOU.CONCURRENT_UPDATE`
       *
       *     Codes: `MOU.ALREADY_EXISTS`, `MOU.CONCURRENT_UPDATE`, `MOU.TERMINATED`
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'MOU.ALREADY_EXISTS' | 'MOU.CONCURRENT_UPDATE' | 'MOU.TERMINATED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`
       *
       *     Codes: `AGENCY.INACTIVE`, `AGENCY.UNKNOWN`, `AGENCY.WRONG_TYPE`, `IDEMPOTENCY.KEY_REUSED`
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AGENCY.INACTIVE' | 'AGENCY.UNKNOWN' | 'AGENCY.WRONG_TYPE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  MousController_view: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD: the day its status is told for (default today) */
        asOf?: string;
      };
      header: {
        'x-min-position': string;
      };
      path: {
        /** @description The MoU id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The MoU */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `MOU.NOT_FOUND`
       *
       *     Codes: `MOU.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'MOU.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  WebConsoleController_webConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  WebConsoleController_devAgencies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description `AUTH.DEV_SIGN_IN_DISABLED` unless AUTH_DEV_SIGN_IN=true
       *
       *     Codes: `AUTH.DEV_SIGN_IN_DISABLED`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.DEV_SIGN_IN_DISABLED';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  WebConsoleController_devSignIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DevSignInDto'];
      };
    };
    responses: {
      /** @description { token, actor, expiresAt } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `REQUEST.MALFORMED`, `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.MALFORMED' | 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description `AUTH.DEV_SIGN_IN_DISABLED` unless AUTH_DEV_SIGN_IN=true
       *
       *     Codes: `AUTH.DEV_SIGN_IN_DISABLED`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.DEV_SIGN_IN_DISABLED';
          };
        };
      };
      /**
       * @description The body is larger than MAX_BODY_BYTES
       *
       *     Codes: `REQUEST.TOO_LARGE`
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /**
       * @description The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)
       *
       *     Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE`
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description Too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  ConsoleQueriesController_agencies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  ConsoleQueriesController_ports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { ports: [{ code, name, kind, country, provinceCode, districtCode }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
  ConsoleQueriesController_actions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { caseId, revision, actions: [{ command, targets?, prefill? }], blocked: [{ command, code, message, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The request is not valid (each field and reason in `errors`) or a rule refuses a value
       *
       *     Codes: `VALIDATION.FAILED`
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'VALIDATION.FAILED';
          };
        };
      };
      /**
       * @description No bearer token, or an invalid or expired one
       *
       *     Codes: `AUTH.UNAUTHENTICATED`
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /**
       * @description The role, the agency or the directory refuses the caller (`details.rule` names the access rule)
       *
       *     Codes: `AUTH.AGENCY_INACTIVE`, `AUTH.AGENCY_UNKNOWN`, `AUTH.CLAIMS_MISMATCH`, `AUTH.FORBIDDEN`, `AUTH.USER_DEACTIVATED`, `AUTH.USER_UNKNOWN`
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.AGENCY_INACTIVE' | 'AUTH.AGENCY_UNKNOWN' | 'AUTH.CLAIMS_MISMATCH' | 'AUTH.FORBIDDEN' | 'AUTH.USER_DEACTIVATED' | 'AUTH.USER_UNKNOWN';
          };
        };
      };
      /**
       * @description `CASE.NOT_FOUND`: no such case, or none the caller has a claim on
       *
       *     Codes: `CASE.NOT_FOUND`
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /**
       * @description `REQUEST.RATE_LIMITED`: too many requests for this user or from this address; see Retry-After
       *
       *     Codes: `REQUEST.RATE_LIMITED`
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
          };
        };
      };
      /**
       * @description The database does not answer; retry after Retry-After
       *
       *     Codes: `AUTH.PROVIDER_UNAVAILABLE`, `SERVICE.UNAVAILABLE`
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'] & {
            /** @enum {string} */
            code?: 'AUTH.PROVIDER_UNAVAILABLE' | 'SERVICE.UNAVAILABLE';
          };
        };
      };
    };
  };
}
