import { Controller, Get, Inject, Param, ParseUUIDPipe, Req, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  AgencyDirectory,
  caseSummaryLetter,
  handoverLetter,
  IdentityVault,
  letterPdf,
  referralLetter,
  regionNames,
  toCaseEvent,
  verifyCase,
  type LetterInput,
  type LetterKind,
  type LetterView,
} from '@rujukan/application';
import {
  caseStreamName,
  caseViewFor,
  DomainError,
  foldCase,
  INDONESIAN_TIME_ZONES,
  initialState,
  relationshipOf,
  timeZoneOfProvince,
  type CaseEvent,
  type CaseFile,
  type CaseView,
} from '@rujukan/domain';
import { EventStore, type StoredEvent } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { AccessLogQueries, DirectoryQueries } from '@rujukan/read-models';
import { trustedAuditKeys } from '@rujukan/server';
import QRCode from 'qrcode';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { UuidParam } from '../http/path-id.interceptor.js';
import { notFound } from '../http/read-answers.js';
import { LETTER_CODE, letterCaseNumber } from './letter-code.js';

interface CaseRead {
  events: StoredEvent[];
  state: CaseFile;
  view: CaseView;
}

/**
 * Letters printed from a case (PDF, Indonesian): a referral letter, a case summary and a repatriation handover record,
 * each only with what the reader's view of the case holds (`caseViewFor`), never the victim's identity, and with a QR
 * code and a short code that tie it to the case stream's head: its revision and a prefix of that event's hash, which
 * the hash chain and the signed anchors vouch for. Every printing and every verification is in the access log.
 */
@ApiTags('cases')
@Authenticated()
@Controller('cases')
export class LettersController {
  private readonly trustedKeys: string[];

  constructor(
    private readonly store: EventStore,
    private readonly vault: IdentityVault,
    private readonly accessLog: AccessLogQueries,
    private readonly directory: AgencyDirectory,
    private readonly directoryQueries: DirectoryQueries,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.trustedKeys = trustedAuditKeys(config);
  }

  @Get(':id/letters/referral/:referralId.pdf')
  @RequirePermission('letter.read')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The referral letter (surat rujukan) as PDF: for the sending owner and the receiving agency; recorded in the access log' })
  @ApiOkResponse({ description: 'The PDF' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`: not a referral the caller sent or received' })
  async referral(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Param('referralId', new UuidParam('referralId')) referralId: string,
    @Req() request: AuthenticatedRequest,
  ) {
    const read = await this.caseFor(caseId, request);
    const referral = Object.hasOwn(read.state.referrals, referralId) ? read.state.referrals[referralId] : undefined;
    if (!referral || (read.view.sees !== 'everything' && referral.toAgency !== request.actor.agency)) {
      throw new DomainError('REFERRAL.NOT_FOUND', `referral ${referralId} not found`, { referralId });
    }
    const sent = read.events.map(toCaseEvent).find((event) => event.type === 'ReferralSent' && event.data.referralId === referralId) as
      Extract<CaseEvent, { type: 'ReferralSent' }> | undefined;
    // The reason is readable by the referral's two agencies, the only readers of this letter.
    const reason = sent ? await this.vault.openTexts(caseId, sent.data.reason) : null;
    return this.print('referral', read, request, (input) => referralLetter(input, { referralId, reason: typeof reason === 'string' ? reason : null }), {
      referralId,
    });
  }

  @Get(':id/letters/summary.pdf')
  @RequirePermission('letter.read')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The case summary (ringkasan kasus) as PDF, with only the sections the caller sees; recorded in the access log' })
  @ApiOkResponse({ description: 'The PDF' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  async summary(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest) {
    const read = await this.caseFor(caseId, request);
    return this.print('summary', read, request, (input) => caseSummaryLetter(input));
  }

  @Get(':id/letters/handover.pdf')
  @RequirePermission('letter.read')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The repatriation handover record (berita acara serah terima) as PDF; record numbers and places for the owner only' })
  @ApiOkResponse({ description: 'The PDF' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  async handover(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest) {
    const read = await this.caseFor(caseId, request);
    const handed = read.events.map(toCaseEvent).filter((event) => event.type === 'VictimHandedOver') as Array<Extract<CaseEvent, { type: 'VictimHandedOver' }>>;
    if (handed.length === 0) throw new DomainError('REPATRIATION.NO_HANDOVER', 'no handover has been recorded for this case');
    const owner = read.view.access === 'owner';
    const handovers = await Promise.all(
      handed.map(async (event) => {
        // Record numbers and places are sealed free text: opened for the owner, who recorded them.
        const opened = owner ? await this.vault.openTexts(caseId, { number: event.data.handoverRecordNumber, location: event.data.location }) : null;
        return {
          receivingAgency: event.data.receivingAgency,
          recordNumber: typeof opened?.number === 'string' ? opened.number : null,
          location: typeof opened?.location === 'string' ? opened.location : null,
          at: event.data.at,
        };
      }),
    );
    return this.print('handover', read, request, (input) => handoverLetter(input, handovers));
  }

  @Get(':id/letters/verify/:code')
  @RequirePermission('letter.read')
  @ApiOperation({ summary: "Checks a printed letter's verification code against the case stream's hash chain and signed anchors" })
  @ApiOkResponse({ description: '`valid`: the code names an event of this case with that hash; `chainIntact`, `anchored` as audit verification says' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  async verify(@Param('id', new ParseUUIDPipe()) caseId: string, @Param('code') code: string, @Req() request: AuthenticatedRequest) {
    const match = LETTER_CODE.exec(code.toUpperCase());
    if (!match || match[1] !== letterCaseNumber(caseId)) {
      throw new RequestValidationError([
        { field: 'code', reason: `must be the code printed on a letter of this case: ${letterCaseNumber(caseId)}-<revision>-<10 hex digits>` },
      ]);
    }
    const read = await this.caseFor(caseId, request);
    const revision = Number(match[2]);
    const event = read.events.find((candidate) => candidate.revision === revision);
    const valid = event !== undefined && event.hash.toUpperCase().startsWith(match[3]!);
    const chain = await verifyCase(this.store, caseId, this.trustedKeys);
    await this.record(request, caseId, 'letter.verify', { code, valid });
    return {
      caseId,
      caseNumber: letterCaseNumber(caseId),
      code,
      valid,
      revision,
      recordedAt: valid ? event!.recordedAt : null,
      chainIntact: chain.ok,
      anchored: valid && chain.anchored !== null && chain.anchored.holds && chain.anchored.revision >= revision,
    };
  }

  private async print(
    kind: LetterKind,
    read: CaseRead,
    request: AuthenticatedRequest,
    build: (input: LetterInput) => LetterView,
    detail: Record<string, unknown> = {},
  ): Promise<StreamableFile> {
    const caseId = read.state.caseId;
    const head = read.events[read.events.length - 1]!;
    const code = `${letterCaseNumber(caseId)}-${head.revision}-${head.hash.slice(0, 10).toUpperCase()}`;
    const host = String(request.headers.host ?? 'localhost');
    const protocol = (request as AuthenticatedRequest & { protocol?: string }).protocol ?? 'http';
    // The QR code leads to the public check, so a recipient without an account verifies the letter with a phone.
    const url = `${protocol}://${host}/letters/verify/${caseId}/${code}`;
    // Recorded before anything is drawn: a printing that cannot be recorded is not served.
    await this.record(request, caseId, 'letter.print', { kind, ...detail, revision: head.revision, code });
    const agencies = await this.directoryQueries.activeAgencies();
    const names = new Map(agencies.map((agency) => [agency.code, agency.name]));
    // Printed in the time the reader's agency keeps, as the console shows her times.
    const zone = timeZoneOfProvince(agencies.find((agency) => agency.code === request.actor.agency)?.provinceCode);
    const printedAt = new Date();
    const input: LetterInput = {
      state: read.state,
      view: read.view,
      viewerAgency: request.actor.agency,
      agencyName: (code) => names.get(code) ?? code,
      regions: await regionNames(),
      // The registration number (KI-2026-0042) the case was opened with; the short id for cases opened before numbers.
      caseNumber: registrationNumberOf(read.events) ?? letterCaseNumber(caseId),
      verification: { code, url },
      printedAt: `${new Intl.DateTimeFormat('id-ID', { timeZone: INDONESIAN_TIME_ZONES[zone], dateStyle: 'long', timeStyle: 'short' }).format(printedAt)} ${zone}`,
      timeZone: zone,
    };
    const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
    const pdf = await letterPdf(build(input), qr, printedAt);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${kind}-${letterCaseNumber(caseId)}.pdf"`, length: pdf.length });
  }

  private record(request: AuthenticatedRequest, caseId: string, action: 'letter.print' | 'letter.verify', detail: Record<string, unknown>) {
    return this.accessLog.record({
      actor: request.actor.userId,
      role: request.actor.role,
      agency: request.actor.agency,
      action,
      caseId,
      reason: null,
      channel: 'http',
      detail,
    });
  }

  private async caseFor(caseId: string, request: AuthenticatedRequest): Promise<CaseRead> {
    const { actor } = request;
    const events = await this.store.readStream(caseStreamName(caseId));
    const state = foldCase(events.map(toCaseEvent), initialState);
    if (!state.exists) throw notFound(caseId);
    const directoryType = (await this.directory.resolve([actor.agency]))[actor.agency]?.type;
    const view = caseViewFor(actor, relationshipOf(state, actor.agency, directoryType), state.identityErased);
    if (!view.access) throw notFound(caseId);
    return { events, state, view };
  }
}

function registrationNumberOf(events: readonly StoredEvent[]): string | null {
  const opened = events.find((event) => event.type === 'CaseOpened')?.data as { registration?: { number?: unknown } } | undefined;
  return typeof opened?.registration?.number === 'string' ? opened.registration.number : null;
}
