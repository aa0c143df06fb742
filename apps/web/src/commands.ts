import { COMMAND_FORMS, type CommandForm } from '@rujukan/command-forms';

export { commandUrl, OTHER_PORT, type FieldSpec } from '@rujukan/command-forms';

/** The form of every command a person runs, by command type: declared beside each command, in libs/commands `<area>.forms.ts`. */
export const COMMANDS: Record<string, CommandForm> = Object.fromEntries(COMMAND_FORMS.map((form) => [form.command, form]));
