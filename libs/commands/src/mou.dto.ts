import { MOU_SCOPES, type MouScope } from '@rujukan/domain';
import { AgencyList, CalendarDate, Flag, ProvinceList, SomeOf, Text } from './dto-fields.js';

/** POST /mous: an MoU for the register; the recorder is the caller's task force in the directory. */
export class RecordMouDto {
  @Text({ max: 200, example: '119/1234/PEM-PP/2024', description: 'The number of the document as signed' }) reference!: string;
  @Text({ max: 300, example: 'Kerja sama penanganan korban TPPO antara Pemprov Kaltim dan Pemprov Kaltara' }) title!: string;
  @ProvinceList({ optional: true, description: 'Provinces party to the MoU (Kemendagri codes)' }) provinces?: string[];
  @AgencyList({ optional: true, description: 'Agencies of the directory party to the MoU', example: ['BP3MI-NUNUKAN'] }) agencies?: string[];
  @SomeOf(MOU_SCOPES, { example: ['case_transfer', 'repatriation'] }) scopes!: MouScope[];
  @CalendarDate() signedOn!: string;
  @CalendarDate({ optional: true, description: 'None: no end date' }) expiresOn?: string;
  @Text({ max: 300, optional: true, example: 'Arsip Biro Pemerintahan 2024/17', description: 'Where the signed document is kept; no victim data' })
  document?: string;
  @Flag({ optional: true, description: 'An invented MoU for a demonstration, not a real agreement' }) illustrative?: boolean;
}

/** POST /mous/:id/renew. */
export class RenewMouDto {
  @CalendarDate({ optional: true, description: 'The new expiry; none: no end date' }) expiresOn?: string;
  @Text({ max: 200, optional: true, example: 'Adendum 1 No. 119/2029/PEM-PP/2029' }) reference?: string;
  @Text({ max: 1000, optional: true }) note?: string;
}

/** POST /mous/:id/terminate. */
export class TerminateMouDto {
  @CalendarDate() terminatedOn!: string;
  @Text({ max: 1000, optional: true }) note?: string;
}
