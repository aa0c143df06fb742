import type { Command } from 'commander';
import { PERMISSION_MATRIX, ROLES, isPermitted, type Permission } from '@rujukan/domain';

const SHORT: Record<(typeof ROLES)[number], string> = {
  caseworker: 'CW',
  supervisor: 'SPV',
  police_investigator: 'POL',
  social_services_officer: 'SOS',
  health_officer: 'HLT',
  lpsk_officer: 'LPSK',
  bp2mi_officer: 'BP2MI',
  task_force_analyst: 'TFA',
  task_force_coordinator: 'TFC',
  auditor: 'AUD',
  administrator: 'ADM',
};

/** The permission matrix as a Markdown table: the README carries exactly this (a spec compares them). */
export function permissionTable(): string {
  const header = `| permission | ${ROLES.map((r) => SHORT[r]).join(' | ')} |`;
  const rule = `| --- | ${ROLES.map(() => ':-:').join(' | ')} |`;
  const rows = (Object.keys(PERMISSION_MATRIX) as Permission[]).map(
    (permission) => `| \`${permission}\` | ${ROLES.map((role) => (isPermitted(role, permission) ? '✓' : '')).join(' | ')} |`,
  );
  const legend = ROLES.map((r) => `${SHORT[r]} = ${r}`).join(', ');
  return [
    header,
    rule,
    ...rows,
    '',
    `${legend}. \`ExpireReferral\` and \`FlagOverdueService\` belong to the \`system\` role of the deadline sweep, which no token carries.`,
  ].join('\n');
}

export function registerPermissions(program: Command): void {
  program
    .command('permissions')
    .description('print the permission matrix (which roles may ask for each command and query) as Markdown')
    .action(() => console.log(permissionTable()));
}
