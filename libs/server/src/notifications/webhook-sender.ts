import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveWebhookTarget, type Resolve, type WebhookTargetPolicy } from './webhook-target.js';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature.js';

/** The most of a receiver's answer read (and then dropped): a receiver cannot make the worker hold more. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

export interface WebhookDelivery {
  url: string;
  secret: string;
  deliveryId: string;
  event: string;
  body: string;
}

/** A connection goes to the address that was checked, whatever a second lookup would say (DNS rebinding). */
const pinnedLookup =
  (address: string, family: 4 | 6): LookupFunction =>
  (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };

/**
 * POSTs a signed delivery. Resolves and checks the target again first (it may resolve elsewhere than when it was
 * registered). A 2xx answer is success; anything else, a redirect included (never followed), a timeout or an answer
 * over the size limit is a failure, thrown with a short reason for the delivery's record.
 */
export async function sendWebhook(delivery: WebhookDelivery, policy: WebhookTargetPolicy & { timeoutMs: number }, now: Date, resolve?: Resolve): Promise<void> {
  const { url, address, family } = await resolveWebhookTarget(delivery.url, policy, resolve);
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(delivery.body)),
    'User-Agent': 'Rujukan-Webhook/1',
    [SIGNATURE_HEADER]: signWebhook(delivery.secret, delivery.body, Math.floor(now.getTime() / 1000)),
    'X-Rujukan-Delivery': delivery.deliveryId,
    'X-Rujukan-Event': delivery.event,
  };
  const options: RequestOptions = { method: 'POST', headers, lookup: pinnedLookup(address, family), timeout: policy.timeoutMs };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  await new Promise<void>((resolvePromise, reject) => {
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    const req = send(url, options, (response) => {
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) req.destroy(new Error(`answer larger than ${MAX_RESPONSE_BYTES} bytes`));
      });
      response.on('end', () => {
        clearTimeout(timer);
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolvePromise();
        else reject(new Error(status >= 300 && status < 400 ? `answered ${status} (redirects are not followed)` : `answered ${status}`));
      });
      response.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${policy.timeoutMs} ms`)));
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(delivery.body);
  });
}
