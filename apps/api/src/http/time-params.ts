import { parseDate, parseDateTime } from '@rujukan/domain';
import { RequestValidationError } from '../errors/api-error.js';

/**
 * Dates and times in query strings and headers go through the domain's one strict parser, as body fields do:
 * what PostgreSQL would refuse is a 400 naming the parameter and the reason, never a 500 from the query.
 */
export function dateParam(field: string, text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  const parsed = parseDate(text);
  if (!parsed.ok) throw new RequestValidationError([{ field, reason: `${field} ${parsed.reason}` }]);
  return parsed.value;
}

/** A date-time parameter as the instant it names; absent or empty is undefined. */
export function dateTimeParam(field: string, text: string | undefined): Date | undefined {
  if (text === undefined || text === '') return undefined;
  const parsed = parseDateTime(text);
  if (!parsed.ok) throw new RequestValidationError([{ field, reason: `${field} ${parsed.reason}` }]);
  return new Date(parsed.value);
}
