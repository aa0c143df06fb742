import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AnchorCheck, AnchorsVerification, AuditedEvent, CaseAsOf, CaseDiff, CaseVerification, SeenHead, StreamVerification } from '@rujukan/application';
import type { BrokenLink, BrokenLinkReason } from '@rujukan/event-store';

// The JSON answers of the audit routes, for the OpenAPI document (and the console's generated types); each class implements the type it documents.

const BROKEN_LINK_REASONS: readonly BrokenLinkReason[] = ['hash_mismatch', 'missing_event', 'missing_stream', 'missing_tail', 'anchor_mismatch'];
const PATCH_OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const;

export class AuditedEventDto implements AuditedEvent {
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Global position (`commit-prepare`)' }) position!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() actor!: string;
  @ApiProperty() role!: string;
  @ApiProperty() agency!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ type: String, nullable: true }) causationId!: string | null;
  @ApiProperty() commandId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The content; each sealed value reads [sealed], or [erased] once the key is gone' })
  data!: Record<string, unknown>;
  @ApiProperty({ description: 'Hex hash linking the event to the one before it' }) hash!: string;
}

export class AuditEventsPageDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: [AuditedEventDto] }) events!: AuditedEventDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Pass as `afterRevision` for the next page; null on the last page' }) nextAfterRevision!:
    number | null;
  @ApiProperty({ description: 'Events in the whole stream (before filters)' }) streamLength!: number;
}

export class AuditPointDto implements Omit<CaseAsOf, 'state'> {
  @ApiProperty({
    description: 'The point asked for: `{ at }` (ISO 8601) or `{ revision }`',
    type: 'object',
    properties: { at: { type: 'string', format: 'date-time' }, revision: { type: 'number' } },
  })
  point!: { at: string } | { revision: number };
  @ApiProperty({ description: 'The last event the state includes (-1: none yet)' }) revision!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) recordedAt!: string | null;
  @ApiProperty() eventCount!: number;
}

export class CaseAsOfDto extends AuditPointDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  // The domain's CaseState (libs/domain/src/case.state.ts) is not described field by field here.
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The domain's folded case (`exists: false` before it was opened), sealed values marked",
  })
  state!: Record<string, unknown>;
}

export class PatchOperationDto {
  @ApiProperty({ enum: PATCH_OPS }) op!: (typeof PATCH_OPS)[number];
  @ApiProperty({ description: 'JSON Pointer into the state' }) path!: string;
  @ApiPropertyOptional({
    description: 'The new value (add, replace, test): any JSON',
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object', additionalProperties: true }, { type: 'array', items: {} }],
    nullable: true,
  })
  value?: unknown;
  @ApiPropertyOptional({ description: 'The source pointer (move, copy)' }) from?: string;
}

export class DiffEventDto implements Pick<AuditedEvent, 'revision' | 'type' | 'recordedAt' | 'actor' | 'agency'> {
  @ApiProperty() revision!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() actor!: string;
  @ApiProperty() agency!: string;
}

export class CaseDiffDto implements Omit<CaseDiff, 'changes'> {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: AuditPointDto }) from!: AuditPointDto;
  @ApiProperty({ type: AuditPointDto }) to!: AuditPointDto;
  @ApiProperty({ type: [PatchOperationDto], description: 'RFC 6902 operations that turn the state at `from` into the state at `to`' })
  changes!: PatchOperationDto[];
  @ApiProperty({ type: [DiffEventDto], description: 'The events after `from`, up to `to`, in order' }) events!: DiffEventDto[];
}

export class SeenHeadDto implements SeenHead {
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'The read model, or the access log, that saw that far' }) source!: string;
}

export class BrokenLinkDto implements BrokenLink {
  @ApiProperty() streamName!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: BROKEN_LINK_REASONS }) reason!: BrokenLinkReason;
  @ApiProperty({ type: String, nullable: true }) expectedHash!: string | null;
  @ApiProperty({ type: String, nullable: true }) foundHash!: string | null;
  @ApiPropertyOptional({ type: SeenHeadDto, description: 'For a missing tail or stream found without an anchor: what else had seen further' })
  seenBy?: SeenHeadDto;
}

export class AnchoredHeadDto {
  @ApiProperty() revision!: number;
  @ApiProperty() hash!: string;
  @ApiProperty({ description: 'The stream still holds that hash at that revision' }) holds!: boolean;
}

export class StreamVerificationDto implements StreamVerification {
  @ApiProperty() streamName!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'Events whose links held, from revision 0 up to the first broken one' }) verifiedEvents!: number;
  @ApiProperty() headRevision!: number;
  @ApiProperty({ type: String, nullable: true }) headHash!: string | null;
  @ApiProperty({ type: BrokenLinkDto, nullable: true, description: 'The first broken link' }) broken!: BrokenLinkDto | null;
  @ApiProperty({ type: AnchoredHeadDto, nullable: true, description: "The last anchor's head for this stream" }) anchored!: AnchoredHeadDto | null;
  @ApiProperty({ type: SeenHeadDto, nullable: true }) seen!: SeenHeadDto | null;
}

export class AnchorCheckDto implements AnchorCheck {
  @ApiProperty() anchorId!: string;
  @ApiProperty({ description: 'The day anchored (YYYY-MM-DD)' }) date!: string;
  @ApiProperty({ format: 'date-time' }) anchoredAt!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() streamCount!: number;
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'The root recomputed from the anchored heads equals the signed one' }) rootMatches!: boolean;
  @ApiProperty() signatureValid!: boolean;
  @ApiProperty({ description: 'Signed by a key this server trusts' }) trusted!: boolean;
}

export class AnchorsVerificationDto implements AnchorsVerification {
  @ApiProperty() ok!: boolean;
  @ApiProperty() count!: number;
  @ApiProperty({ type: AnchorCheckDto, nullable: true }) latest!: AnchorCheckDto | null;
  @ApiProperty({ type: [AnchorCheckDto], description: 'Anchors whose root or signature fails, or that no trusted key signed' }) failing!: AnchorCheckDto[];
  @ApiProperty({ type: StreamVerificationDto, description: "The anchor stream's own chain" }) chain!: StreamVerificationDto;
}

export class CaseVerificationDto extends StreamVerificationDto implements CaseVerification {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: AnchorsVerificationDto }) anchors!: AnchorsVerificationDto;
}
