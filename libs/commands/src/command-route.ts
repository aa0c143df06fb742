import type { Type } from '@nestjs/common';
import type { CommandAddress, RouteTarget } from '@rujukan/application';
import type { CaseCommandType } from '@rujukan/domain';
import type { CommandForm } from './command-form.js';

export type { RouteTarget };

/**
 * A command's route as the API serves it: the route facts of its form (`<area>.forms.ts`: path and target) with the
 * request half declared in `<area>.commands.ts` beside its DTO: the DTO its body is validated into, and its OpenAPI
 * summary and tag. The domain half (roles, stages, sealed fields) is in libs/domain `<area>.rules.ts`; the API's routes
 * and OpenAPI, the CLI's in-process commands and the console's forms are built from these.
 */
export interface CaseRoute extends CommandAddress {
  path: string;
  body: Type;
  summary: string;
  tag: string;
}

/** What `<area>.commands.ts` adds to a form: the DTO, the OpenAPI summary, a tag other than the area's. */
export interface RouteRequest {
  body: Type;
  summary: string;
  tag?: string;
  generates?: CommandAddress['generates'];
}

/**
 * The routes of an area's forms, in their order, each with its request; one request per form, no more, no fewer.
 * An answer to a referral or transfer is tagged `referrals` or `transfers`, every other command with the area's tag.
 */
export function routesOf<F extends CommandForm>(forms: readonly F[], areaTag: string, requests: { [C in F['command']]: RouteRequest }): CaseRoute[] {
  return forms.map(({ command, target, path }) => {
    const { tag, ...request } = requests[command as F['command'] & CaseCommandType];
    const answerTag = target === 'referral' || target === 'transfer' ? `${target}s` : undefined;
    return { command, target, path, tag: tag ?? answerTag ?? areaTag, ...request };
  });
}
