import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { WebhookDto } from '@rujukan/commands';
import { DomainError } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DeadLetterActions, DirectoryQueries, NotificationOutbox, WebhookSubscriptions } from '@rujukan/read-models';
import { newWebhookSecret, resolveWebhookTarget, WebhookTargetRefused } from '@rujukan/server';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { requireActiveAgency } from './directory.controller.js';

const DEAD_LETTERS_SHOWN = 500;

/**
 * What administrators keep of notifications: the webhooks agencies' own systems (or a WhatsApp gateway) subscribe
 * with, and the deliveries that failed every attempt, which they can replay. Nothing here shows a notification's
 * content beyond its kind and case number: a notification carries no victim data, and administrators read no case.
 */
@ApiTags('admin')
@Authenticated()
@Controller('admin')
export class NotificationsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: DirectoryQueries,
    private readonly subscriptions: WebhookSubscriptions,
    private readonly outbox: NotificationOutbox,
    private readonly deadLetterActions: DeadLetterActions,
  ) {}

  @Get('webhooks')
  @RequirePermission('notifications.read')
  @ApiOperation({ summary: 'Every webhook subscription, active or not (never its secret, which is stored wrapped by the master key)' })
  @ApiOkResponse({ description: '{ webhooks: [{ subscriptionId, agency, url, active, createdAt, createdBy }] }' })
  async webhooks() {
    return { webhooks: await this.subscriptions.list() };
  }

  @Post('webhooks')
  @HttpCode(201)
  @RequirePermission('notifications.manage')
  @ApiOperation({
    summary: "Subscribe a webhook to an agency's notifications",
    description:
      'The answer holds the signing secret, shown this once (it is stored wrapped by the master key and never returned again): each delivery is POSTed with `X-Rujukan-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. ' +
      'The target is resolved and refused (400 on `url`) if it is not https or reaches a loopback, private or link-local address, unless the configuration allows it; every delivery checks it again.',
  })
  @ApiCreatedResponse({ description: '{ subscriptionId, agency, url, active, secret }' })
  @ApiUnprocessableEntityResponse({ description: '`AGENCY.UNKNOWN`, `AGENCY.INACTIVE`: the directory holds no such agency that acts' })
  async subscribe(@Body() body: WebhookDto, @Req() request: AuthenticatedRequest) {
    await requireActiveAgency(this.directory, body.agency, 'agency');
    try {
      await resolveWebhookTarget(body.url, { allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE, allowHttp: this.config.WEBHOOK_ALLOW_HTTP });
    } catch (error) {
      if (error instanceof WebhookTargetRefused) throw new RequestValidationError([{ field: 'url', reason: error.message }]);
      throw error;
    }
    const subscription = { subscriptionId: randomUUID(), agency: body.agency, url: body.url, secret: newWebhookSecret() };
    await this.subscriptions.register(subscription, request.actor);
    return { ...subscription, active: true };
  }

  @Post('webhooks/:id/deactivate')
  @HttpCode(200)
  @RequirePermission('notifications.manage')
  @ApiOperation({ summary: 'Stop deliveries to a webhook (its pending deliveries become dead letters at their next attempt)' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The subscription id' })
  @ApiOkResponse({ description: '{ subscriptionId, active: false }' })
  @ApiNotFoundResponse({ description: '`WEBHOOK.NOT_FOUND`' })
  async deactivate(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    if (!(await this.subscriptions.deactivate(id, request.actor))) {
      throw new DomainError('WEBHOOK.NOT_FOUND', `no webhook subscription ${id}`, { subscriptionId: id });
    }
    return { subscriptionId: id, active: false };
  }

  @Get('notifications/status')
  @RequirePermission('notifications.read')
  @ApiOperation({
    summary: 'Whether e-mail can be sent, and what waits',
    description:
      'With SMTP_URL unset no e-mail is sent: e-mail notifications that fall due wait (`waiting`) and are sent once SMTP_URL is set and the service restarts, ' +
      'unless they fell due more than NOTIFY_MAX_AGE_MS before (`expired`: not sent). `deadLetters`: deliveries that failed every attempt.',
  })
  @ApiOkResponse({ description: '{ email: { configured, waiting, expired }, deadLetters }' })
  async status() {
    const [unsent, deadLetters] = await Promise.all([this.outbox.unsent('email', new Date(), this.config.NOTIFY_MAX_AGE_MS), this.outbox.deadLetterCount()]);
    return { email: { configured: Boolean(this.config.SMTP_URL), ...unsent }, deadLetters };
  }

  @Get('notifications/dead-letters')
  @RequirePermission('notifications.read')
  @ApiOperation({ summary: `The deliveries that failed every attempt, newest first (at most ${DEAD_LETTERS_SHOWN}), with the last error` })
  @ApiOkResponse({ description: '{ deadLetters: [{ deliveryId, notificationId, kind, caseId, channel, target, attempts, lastError, deadAt }] }' })
  async deadLetters() {
    return { deadLetters: await this.outbox.deadLetters(DEAD_LETTERS_SHOWN) };
  }

  @Post('notifications/dead-letters/:id/replay')
  @HttpCode(200)
  @RequirePermission('notifications.manage')
  @ApiOperation({
    summary: 'Send a dead letter again, with a fresh count of attempts (to the target as the directory and its subscription hold it now)',
    description: 'Recorded first as a `DeadLetterReplayed` event of the stream `notification-delivery-<id>`, naming the administrator.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The delivery id (`deliveryId` of the dead letter)' })
  @ApiOkResponse({ description: '{ deliveryId, status: "pending" }' })
  @ApiNotFoundResponse({ description: '`NOTIFICATION.NOT_FOUND`: no dead letter has this id (never one, delivered since, replayed or discarded)' })
  async replay(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    if (!(await this.deadLetterActions.replay(id, request.actor, new Date()))) {
      throw new DomainError('NOTIFICATION.NOT_FOUND', `no dead letter ${id}`, { deliveryId: id });
    }
    return { deliveryId: id, status: 'pending' };
  }

  @Post('notifications/dead-letters/:id/discard')
  @HttpCode(200)
  @RequirePermission('notifications.manage')
  @ApiOperation({
    summary: 'Discard a dead letter: it is never sent and leaves the list (kept in the record as `discarded`)',
    description: 'Recorded first as a `DeadLetterDiscarded` event of the stream `notification-delivery-<id>`, naming the administrator.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The delivery id (`deliveryId` of the dead letter)' })
  @ApiOkResponse({ description: '{ deliveryId, status: "discarded" }' })
  @ApiNotFoundResponse({ description: '`NOTIFICATION.NOT_FOUND`: no dead letter has this id (never one, delivered since, replayed or discarded)' })
  async discard(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    if (!(await this.deadLetterActions.discard(id, request.actor, new Date()))) {
      throw new DomainError('NOTIFICATION.NOT_FOUND', `no dead letter ${id}`, { deliveryId: id });
    }
    return { deliveryId: id, status: 'discarded' };
  }
}
