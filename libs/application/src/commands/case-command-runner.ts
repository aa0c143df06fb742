import { DomainError, isDomainError, SEALED_COMMAND_FIELDS, type CaseCommand, type CaseCommandType, type SealedValue } from '@rujukan/domain';
import { type EventStore } from '@rujukan/event-store';
import { derivedUuid } from '../derived-id.js';
import type { CaseCommandResult, CommandContext, DeferredSealing } from '../execute-case-command.js';
import { IdentityErasedError, SEALED_PLACEHOLDER, type IdentityVault, type VictimIdentity } from '../identity/identity-vault.js';
import type { CaseLocator } from './case-locator.js';
import type { BlindIndexer, VictimIndex } from '../identity/blind-index.js';

type RegisterVictimBody = { identity?: VictimIdentity; birthYear?: unknown };

/** What the `:id` of a route names: a new case (no id), a case, a referral or a transfer. */
export type RouteTarget = 'new_case' | 'case' | 'referral' | 'transfer';

/** Where a command goes: what its id names, and the id the server chooses for it, if any. */
export interface CommandAddress {
  command: CaseCommandType;
  target: RouteTarget;
  /** An id the server chooses (derived from the command id) and returns: referrals and transfers are addressed globally. */
  generates?: 'referralId' | 'transferId';
}

export type CaseCommandResponse = CaseCommandResult & { referralId?: string; transferId?: string };

/** Decides and appends one command (the API sends it over its CommandBus, an in-process caller straight to the store). */
export type CaseCommandExecutor = (command: CaseCommand, context: CommandContext, sealing?: DeferredSealing) => Promise<CaseCommandResult>;

const NOT_RECORDED_AFTER_ERASURE = "[not recorded: the victim's identity was erased]";

/**
 * Runs one validated command body as its user: finds the case its id names, derives the ids the server chooses,
 * seals identity and free text with the victim's key once the command is accepted (decided once), appends, and
 * destroys the key of an erasure after it is recorded. The permission and the body's validation come before it.
 */
export class CaseCommandRunner {
  constructor(
    private readonly store: EventStore,
    private readonly locator: CaseLocator,
    private readonly vault: IdentityVault,
    private readonly execute: CaseCommandExecutor,
    private readonly index?: { indexer: BlindIndexer; victims: VictimIndex },
  ) {}

  /**
   * `target.caseId` is set as soon as the case is known, for a caller that must look for the command's events later.
   * `beforeAppend` runs once the command is accepted, after its values are sealed and before its events are appended
   * (a document's encrypted bytes are stored there): never for a refused command.
   */
  async run(
    address: CommandAddress,
    body: object,
    id: string | undefined,
    context: CommandContext,
    target: { caseId?: string } = {},
    beforeAppend?: () => Promise<void>,
  ): Promise<CaseCommandResponse> {
    const data: Record<string, unknown> = { ...body };
    if (address.target === 'new_case') data.caseId = derivedUuid(context.commandId, 'caseId');
    if (address.target === 'case') data.caseId = id;
    if (address.target === 'referral') Object.assign(data, { caseId: await this.locator.caseOfReferral(id!), referralId: id });
    if (address.target === 'transfer') Object.assign(data, { caseId: await this.locator.caseOfTransfer(id!), transferId: id });
    const caseId = String(data.caseId);
    target.caseId = caseId;
    if (address.generates) data[address.generates] = derivedUuid(context.commandId, address.generates);
    const sealing = this.placeholders(address.command, caseId, data, beforeAppend);
    const command = { type: address.command, data, metadata: { actor: context.actor, now: context.now } } as unknown as CaseCommand;
    const result = await this.executeCommand(command, address.target === 'new_case' ? { ...context, newCase: true } : context, sealing);
    if (address.command === 'RegisterVictim' && !result.replayed) await this.indexVictim(caseId, body as RegisterVictimBody);
    if (!address.generates) return result;
    const generated = String(data[address.generates]);
    this.locator.remember(address.generates === 'referralId' ? 'referral' : 'transfer', generated, caseId);
    return { ...result, [address.generates]: generated };
  }

  /**
   * Identity and free text are sealed with the victim's own key, so the domain and the event log only ever see
   * ciphertext. Sealing makes the case's key on first use: `data` gets a placeholder where each sealed value goes,
   * and the values are sealed only once the command is decided, so a refused one leaves no key behind.
   */
  private placeholders(type: CaseCommandType, caseId: string, data: Record<string, unknown>, beforeAppend?: () => Promise<void>): DeferredSealing | undefined {
    const clear = new Map<SealedValue, (erased: boolean) => Promise<unknown>>();
    const placeholder = (seal: (erased: boolean) => Promise<unknown>): SealedValue => {
      const value = Object.freeze({ $sealed: SEALED_PLACEHOLDER.$sealed });
      clear.set(value, seal);
      return value;
    };
    if (type === 'RegisterVictim' && data.identity) {
      const identity = data.identity as VictimIdentity;
      // One call seals the whole identity: each field's placeholder takes its part of the one result.
      let whole: Promise<Record<string, unknown>> | undefined;
      const sealIdentity = (erased: boolean) => {
        if (erased) return Promise.reject(erasedIdentity());
        return (whole ??= this.seal(caseId, identity) as Promise<Record<string, unknown>>);
      };
      data.identity = Object.fromEntries(
        Object.keys(identity)
          // null is a field not given, as undefined is
          .filter((field) => identity[field as keyof VictimIdentity] != null)
          .map((field) => [field, placeholder(async (erased) => (await sealIdentity(erased))[field])]),
      );
    }
    for (const field of SEALED_COMMAND_FIELDS[type] ?? []) {
      const text = data[field];
      if (typeof text === 'string' && text.trim() !== '')
        data[field] = placeholder(async (erased) => (erased ? NOT_RECORDED_AFTER_ERASURE : this.sealText(caseId, text)));
    }
    if (clear.size === 0 && !beforeAppend) return undefined;
    return {
      // The case the command was decided on says whether its victim was erased: then no key is used (nor kept).
      seal: async ({ identityErased }) => {
        if (identityErased) this.vault.forget(caseId);
        const sealed = new Map<SealedValue, unknown>();
        for (const [value, seal] of clear) sealed.set(value, await seal(identityErased));
        if (!identityErased) await beforeAppend?.();
        return sealed;
      },
    };
  }

  private async executeCommand(command: CaseCommand, context: CommandContext, sealing: DeferredSealing | undefined): Promise<CaseCommandResult> {
    if (command.type !== 'EraseIdentity') return this.execute(command, context, sealing);
    const destroy = () => this.vault.destroy(command.data.caseId, { by: context.actor.userId, legalBasis: command.data.legalBasis, at: context.now });
    // Marked first, so that if the process dies between recording the erasure and destroying the key, the sweep finishes it.
    await this.vault.beginErasure(command.data.caseId);
    let result: CaseCommandResult;
    try {
      result = await this.execute(command, context);
    } catch (error) {
      // Recorded earlier but the key outlived a failure: destroy it now, then say it was already erased.
      if (isDomainError(error) && error.code === 'IDENTITY.ALREADY_ERASED') await destroy();
      else await this.vault.abandonErasure(command.data.caseId);
      throw error;
    }
    // The erasure is recorded first (the rules may refuse it), then the key is destroyed.
    await destroy();
    return result;
  }

  /**
   * The victim's blind-index tokens, from the clear identity of the request, once the registration is recorded. A
   * crash between the two leaves the case unfound by name, NIK or phone (and unchecked for duplicates) until the
   * victim is registered again; it never leaves tokens of a registration that was refused.
   */
  private async indexVictim(caseId: string, body: RegisterVictimBody): Promise<void> {
    if (!this.index) return;
    const tokens = this.index.indexer.victimTokens(body.identity ?? {}, typeof body.birthYear === 'number' ? body.birthYear : null);
    await this.index.victims.record(caseId, tokens);
  }

  /** After erasure there is no key to seal with: the text is left out and the command still recorded. */
  private async sealText(caseId: string, text: string): Promise<SealedValue | string> {
    try {
      return await this.vault.sealText(caseId, text);
    } catch (error) {
      if (error instanceof IdentityErasedError) return NOT_RECORDED_AFTER_ERASURE;
      throw error;
    }
  }

  private async seal(caseId: string, identity: VictimIdentity) {
    try {
      return await this.vault.seal(caseId, identity);
    } catch (error) {
      if (error instanceof IdentityErasedError) throw erasedIdentity();
      throw error;
    }
  }
}

function erasedIdentity(): DomainError {
  return new DomainError('IDENTITY.ERASED', "the victim's identity was erased; it cannot be recorded again");
}
