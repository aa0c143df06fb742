import { Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { verifyCase } from '@rujukan/application';
import { caseStreamName } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { AccessLogQueries } from '@rujukan/read-models';
import { trustedAuditKeys } from '@rujukan/server';
import { RequestValidationError } from '../errors/api-error.js';
import type { HeaderSink } from '../http/read-answers.js';
import { LETTER_CODE, letterCaseNumber } from './letter-code.js';

export interface PublicLetterCheck {
  /** The code names an event of this case with that hash: the letter was printed from this service's record. */
  valid: boolean;
  caseNumber: string;
  revision: number | null;
  /** The day (WIB) the event the letter was printed at was recorded; null when not valid. */
  recordedOn: string | null;
  /** That event is covered by a signed anchor that holds. */
  anchored: boolean;
}

/**
 * What anyone holding a printed letter may ask without an account, by its QR code: whether the letter was printed from
 * this service's record of that case. The answer holds nothing of the case but the day it was recorded: an unknown case
 * and a wrong code both read "not valid", so the route tells nothing to someone without the letter in hand (the code
 * carries ten hex digits of the event's hash). Every check is in the access log, as `anonymous`.
 */
@ApiTags('letters')
@Controller('letters')
export class LetterVerificationController {
  private readonly trustedKeys: string[];

  constructor(
    private readonly store: EventStore,
    private readonly accessLog: AccessLogQueries,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.trustedKeys = trustedAuditKeys(config);
  }

  @Get('verify/:id/:code')
  @ApiOperation({
    summary: 'Public: checks the code printed on a letter (its QR code leads here) against the case stream’s hash chain and signed anchors',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: '`valid`, `caseNumber`, `revision`, `recordedOn` (WIB day), `anchored`; a page in Indonesian when HTML is asked for' })
  async verify(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Param('code') code: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<PublicLetterCheck | string> {
    const match = LETTER_CODE.exec(code.toUpperCase());
    if (!match || match[1] !== letterCaseNumber(caseId)) {
      throw new RequestValidationError([{ field: 'code', reason: 'must be the code printed on the letter: <case number>-<revision>-<10 hex digits>' }]);
    }
    const revision = Number(match[2]);
    const events = await this.store.readStream(caseStreamName(caseId));
    const event = events.find((candidate) => candidate.revision === revision);
    const valid = event !== undefined && event.hash.toUpperCase().startsWith(match[3]!);
    const chain = valid ? await verifyCase(this.store, caseId, this.trustedKeys) : null;
    await this.accessLog.record({
      actor: 'anonymous',
      role: 'anonymous',
      agency: '',
      action: 'letter.verify',
      caseId,
      reason: null,
      channel: 'http',
      detail: { code: code.toUpperCase(), valid, public: true },
    });
    const answer: PublicLetterCheck = {
      valid: valid && chain !== null && chain.ok,
      caseNumber: letterCaseNumber(caseId),
      revision: valid ? revision : null,
      recordedOn: valid ? wibDay(event!.recordedAt) : null,
      anchored: valid && chain !== null && chain.anchored !== null && chain.anchored.holds && chain.anchored.revision >= revision,
    };
    if (!(accept ?? '').includes('text/html')) return answer;
    response.header('Content-Type', 'text/html; charset=utf-8');
    return page(answer);
  }
}

const wibDay = (at: Date | string): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(at));

function page(check: PublicLetterCheck): string {
  const verdict = check.valid
    ? `Surat ini sah: dicetak dari catatan kasus ${check.caseNumber} (revisi ${check.revision}, tercatat ${check.recordedOn} WIB)${
        check.anchored ? ', yang terikat pada jangkar audit bertanda tangan' : '; jangkar audit bertanda tangan untuk revisi ini belum dibuat'
      }.`
    : `Kode ini tidak cocok dengan catatan kasus ${check.caseNumber}: surat ini tidak dapat dipastikan keasliannya. Hubungi lembaga pengirim.`;
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Verifikasi surat Rujukan</title></head>
<body><main><h1>Verifikasi surat</h1><p>${verdict}</p>
<p>Halaman ini hanya menyatakan apakah surat dicetak dari catatan layanan ini; isi kasus tidak ditampilkan.</p></main></body></html>
`;
}
