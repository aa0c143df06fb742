import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

const SECRET = 'whsec_kaltim_0123456789abcdef';
const BODY = '{"type":"referral_received","caseNumber":"0b7c2f1e"}';

describe('webhook signatures', () => {
  it('is HMAC-SHA256 of "<timestamp>.<body>" under the subscription secret, with the timestamp', () => {
    const expected = createHmac('sha256', SECRET).update(`1765000000.${BODY}`).digest('hex');
    expect(signWebhook(SECRET, BODY, 1765000000)).toBe(`t=1765000000,v1=${expected}`);
  });

  it('verifies what it signed, and nothing altered: body, secret, timestamp or an old delivery', () => {
    const header = signWebhook(SECRET, BODY, 1765000000);
    expect(verifyWebhookSignature(SECRET, BODY, header, 1765000010)).toBe(true);
    expect(verifyWebhookSignature(SECRET, `${BODY} `, header, 1765000010)).toBe(false);
    expect(verifyWebhookSignature('another-secret', BODY, header, 1765000010)).toBe(false);
    expect(verifyWebhookSignature(SECRET, BODY, header.replace('t=1765000000', 't=1765000001'), 1765000010)).toBe(false);
    expect(verifyWebhookSignature(SECRET, BODY, header, 1765000000 + 301)).toBe(false);
    expect(verifyWebhookSignature(SECRET, BODY, 'v1=abc', 1765000010)).toBe(false);
    expect(verifyWebhookSignature(SECRET, BODY, '', 1765000010)).toBe(false);
  });
});
