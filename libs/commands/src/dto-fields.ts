import { applyDecorators, type Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { isAgencyCode, isInitials, isPortCode, listedTransitPointCode, OTHER_TRANSIT_POINT, parseDate, parseDateTime, type Parsed } from '@rujukan/domain';
import { isKnownCountry, isKnownDistrict, isKnownPort, isKnownProvince } from './reference-codes.js';

interface FieldOptions {
  optional?: boolean;
  description?: string;
  example?: unknown;
}

function field(options: FieldOptions, swagger: Record<string, unknown>, ...validators: PropertyDecorator[]): PropertyDecorator {
  const doc = { description: options.description, example: options.example, ...swagger };
  return applyDecorators(options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc), ...(options.optional ? [IsOptional()] : []), ...validators);
}

function check(name: string, test: (value: unknown) => boolean, reason: string): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: test, defaultMessage: (args?: ValidationArguments) => `${args?.property} ${reason}` } });
}

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** PostgreSQL stores no U+0000 and a lone surrogate has no UTF-8 form: either would fail only when the event is written. */
export const isStorableText = (value: unknown): boolean => typeof value !== 'string' || (!value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value));
const STORABLE_REASON = 'must be text without NUL characters or unpaired surrogates';

export const Text = (options: FieldOptions & { max?: number } = {}) =>
  field(
    options,
    { type: String, maxLength: options.max ?? 1000 },
    IsString(),
    IsNotEmpty(),
    MaxLength(options.max ?? 1000),
    check('isStorableText', isStorableText, STORABLE_REASON),
  );

/** Text that must match a pattern, e.g. a NIK. */
export const Pattern = (pattern: RegExp, reason: string, options: FieldOptions & { max?: number } = {}) =>
  field(options, { type: String, pattern: pattern.source }, IsString(), Matches(pattern, { message: `$property ${reason}` }));

/** Case-local ids chosen by the client, e.g. `assessment-1`. */
export const LocalId = (options: FieldOptions = {}) =>
  field(
    { example: 'assessment-1', ...options },
    { type: String, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' },
    IsString(),
    Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, { message: '$property must be 1-100 letters, digits, . _ : -' }),
  );

export const OneOf = (values: readonly string[], options: FieldOptions = {}) =>
  field(options, { enum: values, enumName: undefined }, IsIn(values as string[], { message: `$property must be one of ${values.join(', ')}` }));

export const SomeOf = (values: readonly string[], options: FieldOptions = {}) =>
  field(
    options,
    { enum: values, isArray: true },
    IsArray(),
    ArrayMaxSize(values.length),
    IsIn(values as string[], { each: true, message: `each value of $property must be one of ${values.join(', ')}` }),
  );

/** A transit point: a port code of the ports list (GET /ports), `other`, or a name of the old fixed list (taken as its code). */
export const isTransitPoint = (value: unknown): boolean =>
  value === OTHER_TRANSIT_POINT || isPortCode(value) || (typeof value === 'string' && listedTransitPointCode(value) !== null);

export const TransitPointCode = (options: FieldOptions = {}) =>
  field(
    { example: 'IDNNX', ...options },
    { type: String },
    check('isTransitPoint', isTransitPoint, 'must be the code of a port of the ports list (GET /ports, e.g. IDNNX) or other'),
  );

export const TransitPointList = (options: FieldOptions = {}) =>
  field(
    { example: ['IDNNX', 'MYTWU'], ...options },
    { type: [String], maxItems: 20 },
    IsArray(),
    ArrayMaxSize(20),
    ValidateBy(
      {
        name: 'isTransitPoint',
        validator: {
          validate: isTransitPoint,
          defaultMessage: (args?: ValidationArguments) =>
            `each value of ${args?.property} must be the code of a port of the ports list (GET /ports, e.g. IDNNX) or other`,
        },
      },
      { each: true },
    ),
  );

export const Agency = (options: FieldOptions = {}) =>
  field(
    { example: 'POLDA-KALTIM', ...options },
    { type: String, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' },
    check('isAgencyCode', isAgencyCode, 'must be an agency code (letters, digits, . _ : -; at most 64)'),
  );

/** A victim's or guardian's initials, as Indonesian reports name them: never free text, so never a name. */
export const Initials = (options: FieldOptions = {}) =>
  field(
    { example: 'SR', ...options },
    { type: String, pattern: '^[A-Z](?:[. ]?[A-Z]){0,3}\\.?$' },
    check('isInitials', isInitials, 'must be initials: up to four capital letters, e.g. SR or S.R.'),
  );

export const AgencyList = (options: FieldOptions = {}) =>
  field(
    options,
    { type: [String] },
    IsArray(),
    ArrayMaxSize(50),
    ValidateBy({ name: 'isAgencyCode', validator: { validate: isAgencyCode, defaultMessage: () => 'each value must be an agency code' } }, { each: true }),
  );

export const ProvinceCode = (options: FieldOptions = {}) =>
  field(
    { example: '35', ...options },
    { type: String, pattern: '^[1-9][0-9]$' },
    check('isKnownProvince', isKnownProvince, 'must be a province code of the Kemendagri list (2 digits, e.g. 64)'),
  );

export const ProvinceList = (options: FieldOptions = {}) =>
  field(
    { example: ['64', '65'], ...options },
    { type: [String] },
    IsArray(),
    ArrayMaxSize(40),
    ValidateBy(
      { name: 'isKnownProvince', validator: { validate: isKnownProvince, defaultMessage: () => 'each value must be a province code of the Kemendagri list' } },
      { each: true },
    ),
  );

export const DistrictCode = (options: FieldOptions & { inProvince?: string } = {}) =>
  field(
    { example: '3509', ...options },
    { type: String, pattern: '^[1-9][0-9]{3}$' },
    check('isKnownDistrict', isKnownDistrict, 'must be a kabupaten/kota code of the Kemendagri list (4 digits, e.g. 6471)'),
    ...(options.inProvince ? [DistrictInProvince(options.inProvince)] : []),
  );

// Kemendagri district codes start with their province's code: 3509 (Jember) lies in 35 (Jawa Timur).
function DistrictInProvince(provinceField: string): PropertyDecorator {
  return ValidateBy({
    name: 'districtInProvince',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const province = (args?.object as Record<string, unknown>)[provinceField];
        return typeof value !== 'string' || typeof province !== 'string' || value.startsWith(province);
      },
      defaultMessage: (args?: ValidationArguments) => `${args?.property} must lie in the province ${provinceField}`,
    },
  });
}

export const CountryCode = (options: FieldOptions = {}) =>
  field(
    { example: 'MY', ...options },
    { type: String, pattern: '^[A-Z]{2}$' },
    check('isKnownCountry', isKnownCountry, 'must be an ISO 3166-1 alpha-2 country code (e.g. MY)'),
  );

/**
 * A port, airport or land crossing of the shipped list (data/ports/ports.json): `in: 'ID'` one in Indonesia, `in:
 * 'abroad'` one outside it; with `countryField`, one in the country that field names.
 */
export const Port = (where: { in?: 'ID' | 'abroad'; countryField?: string }, options: FieldOptions = {}) =>
  field(
    { example: where.in === 'ID' ? 'IDNNX' : 'MYTWU', ...options },
    { type: String, pattern: '^[A-Z0-9][A-Z0-9-]{1,15}$' },
    ValidateBy({
      name: 'isKnownPort',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          if (!isKnownPort(value, where.in)) return false;
          const country = where.countryField ? (args?.object as Record<string, unknown>)[where.countryField] : undefined;
          return typeof country !== 'string' || isKnownPort(value, country);
        },
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a port code of the ports list (data/ports/ports.json)${
            where.in === 'ID' ? ' in Indonesia, e.g. IDNNX' : where.countryField ? ` in the country of ${where.countryField}, e.g. MYTWU` : ''
          }`,
      },
    }),
  );

/** A check by one of the domain's strict parsers: the reason names what is wrong with this value. */
function parsed(name: string, parse: (value: unknown) => Parsed<string>): PropertyDecorator {
  return ValidateBy({
    name,
    validator: {
      validate: (value: unknown) => parse(value).ok,
      defaultMessage: (args?: ValidationArguments) => {
        const result = parse(args?.value);
        return `${args?.property} ${result.ok ? 'is not valid' : result.reason}`;
      },
    },
  });
}

export const CalendarDate = (options: FieldOptions = {}) =>
  field({ example: '2025-03-03', ...options }, { type: String, format: 'date' }, parsed('isDate', parseDate));

export const DateTime = (options: FieldOptions = {}) =>
  field({ example: '2025-03-06T08:00:00Z', ...options }, { type: String, format: 'date-time' }, parsed('isDateTime', parseDateTime));

export const Integer = (min: number, max: number, options: FieldOptions = {}) =>
  field(options, { type: Number, minimum: min, maximum: max }, IsInt(), Min(min), Max(max));

export const Flag = (options: FieldOptions = {}) => field(options, { type: Boolean }, IsBoolean());

export const Email = (options: FieldOptions = {}) =>
  field(
    { example: 'uptdppa@kaltimprov.go.id', ...options },
    { type: String, format: 'email', maxLength: 254 },
    MaxLength(254),
    IsEmail({}, { message: '$property must be an e-mail address' }),
  );

// Swagger takes a function for a lazy type only when it is named `type`; the caller's arrow is anonymous.
export const Nested = (type: () => Class, options: FieldOptions = {}) => field(options, { type: () => type() }, IsObject(), ValidateNested(), Type(type));
