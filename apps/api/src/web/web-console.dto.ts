import { ROLES, type Role } from '@rujukan/domain';
import { USER_ID_PATTERN } from '@rujukan/read-models';
import { Agency, OneOf, Pattern } from '@rujukan/commands';

export class DevSignInDto {
  @Agency({ description: 'An agency of the directory' }) agency!: string;
  @OneOf(ROLES) role!: Role;
  @Pattern(USER_ID_PATTERN, 'must be 1-128 letters, digits, . _ @ : -', { description: 'The user id the token names (sub)', example: 'cw-kaltim' })
  userId!: string;
}
