import { describe, expect, it } from '@jest/globals';
import { CASE_COMMAND_RULES, NEXT_ACTIONS } from '@rujukan/domain';
import { ACTION_GROUP_TITLES, groupActions, groupOf, NEXT_ACTION_COMMAND, primaryCommand } from '../../apps/web/src/pages/case-actions.js';

const commands = Object.keys(CASE_COMMAND_RULES);

describe("the case page's lead and action groups", () => {
  it('has a command for every next step the summary names, each a case command', () => {
    expect(NEXT_ACTIONS.filter((next) => !NEXT_ACTION_COMMAND[next])).toEqual([]);
    expect(Object.values(NEXT_ACTION_COMMAND).filter((command) => !commands.includes(command))).toEqual([]);
  });

  it('puts every case command a person runs in a named group (a new command without one fails here)', () => {
    expect(commands.filter((command) => command !== 'OpenCase' && groupOf(command) === 'other')).toEqual([]);
    for (const [id, en] of Object.values(ACTION_GROUP_TITLES)) expect(id && en && id !== en).toBeTruthy();
  });

  it("leads with the next step's command only when the caller may run it; a receiver is led by its answer", () => {
    expect(primaryCommand('register_victim', ['RegisterVictim', 'SendReferral'])).toBe('RegisterVictim');
    // A caseworker cannot approve: no primary button, not another command in its place.
    expect(primaryCommand('answer_closure_request', ['AdvanceStage', 'RequestClosure'])).toBeNull();
    expect(primaryCommand(null, ['DeclineReferral', 'AcceptReferral'])).toBe('AcceptReferral');
    expect(primaryCommand(undefined, ['AddCaseNote'])).toBeNull();
  });

  it('groups the other commands in the groups’ order, leaving out the primary and empty groups', () => {
    const actions = ['AddCaseNote', 'SendReferral', 'RecordConsent', 'AdvanceStage', 'RegisterVictim'].map((command) => ({ command }));
    expect(groupActions(actions, 'RegisterVictim').map(([group, items]) => [group, items.map((a) => a.command)])).toEqual([
      ['identity', ['RecordConsent']],
      ['referrals', ['SendReferral']],
      ['stage', ['AdvanceStage']],
      ['records', ['AddCaseNote']],
    ]);
  });
});
