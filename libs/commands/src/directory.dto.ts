import { AGENCY_TYPES, ROLES, type AgencyType, type Role } from '@rujukan/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { Agency, CountryCode, DistrictCode, Email, Flag, OneOf, ProvinceCode, Text } from './dto-fields.js';

export class AgencyDto {
  @Text({ max: 200, example: 'UPTD PPA Provinsi Kalimantan Timur' }) name!: string;
  @OneOf(AGENCY_TYPES) type!: AgencyType;
  @ProvinceCode({ optional: true }) provinceCode?: string;
  @DistrictCode({ optional: true, inProvince: 'provinceCode' }) districtCode?: string;
  @Email({ optional: true, description: 'Where notifications to the agency go' }) email?: string;
  @Flag({
    optional: true,
    description: 'false: the agency no longer acts (commands naming it are refused, its open referrals are listed for re-routing); default true',
  })
  active?: boolean;
  @Agency({ optional: true, description: 'The agency that took over its work (a merger): implies active false; must be an active agency of the directory' })
  mergedInto?: string;
}

export class UserDto {
  @Agency() agency!: string;
  @OneOf(ROLES) role!: Role;
  @Flag({ description: 'false refuses every request of this user at once, before the token expires' }) active!: boolean;
  @Text({ optional: true, max: 200, description: 'The name consoles show for the user (e.g. when a supervisor assigns a case); none: the user id' })
  name?: string;
  @Email({ optional: true, description: 'Where notifications to the user go (a case assigned to them; to a supervisor, escalations); none: no e-mail' })
  email?: string;
}

export class WebhookDto {
  @Agency({ description: 'The agency whose notifications the webhook receives: an active agency of the directory' }) agency!: string;
  @Text({
    max: 2000,
    example: 'https://203.0.113.10/rujukan/notifikasi',
    description:
      'Where deliveries are POSTed: https (http only with WEBHOOK_ALLOW_HTTP), no user name or password, a host that resolves to no loopback, private or link-local address (unless WEBHOOK_ALLOW_PRIVATE)',
  })
  url!: string;
}

/** PUT /admin/ports/:code: a port, airport or land crossing administrators add to the shipped list (data/ports/ports.json). */
export class PortDto {
  @Text({ max: 200, example: 'Pelabuhan Sei Nyamuk, Sebatik' }) name!: string;
  @OneOf(['seaport', 'airport', 'land_crossing']) kind!: 'seaport' | 'airport' | 'land_crossing';
  @CountryCode({ example: 'ID' }) country!: string;
  @ProvinceCode({ optional: true }) provinceCode?: string;
  @DistrictCode({ optional: true, inProvince: 'provinceCode' }) districtCode?: string;
  @ApiProperty({ example: 4.16, minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;
  @ApiProperty({ example: 117.87, minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon!: number;
  @ApiProperty({ type: [String], example: ['Sei Nyamuk'], description: 'Free-text transit points that stand for this port' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  aliases!: string[];
}
