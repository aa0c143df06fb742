import { AGENCY_TYPES, ROLES, type AgencyType, type Role } from '@rujukan/domain';
import { Agency, DistrictCode, Email, Flag, OneOf, ProvinceCode, Text } from './dto-fields.js';

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
