import { AGENCY_TYPES, ROLES, type AgencyType, type Role } from '@rujukan/domain';
import { Agency, DistrictCode, Flag, OneOf, ProvinceCode, Text } from '../cases/dto/dto-fields.js';

export class AgencyDto {
  @Text({ max: 200, example: 'UPTD PPA Provinsi Kalimantan Timur' }) name!: string;
  @OneOf(AGENCY_TYPES) type!: AgencyType;
  @ProvinceCode({ optional: true }) provinceCode?: string;
  @DistrictCode({ optional: true, inProvince: 'provinceCode' }) districtCode?: string;
}

export class UserDto {
  @Agency() agency!: string;
  @OneOf(ROLES) role!: Role;
  @Flag({ description: 'false refuses every request of this user at once, before the token expires' }) active!: boolean;
}
