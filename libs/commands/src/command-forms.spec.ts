import { describe, expect, it } from '@jest/globals';
import { VOCABULARIES } from '@rujukan/domain';
import { getMetadataStorage } from 'class-validator';
import { CASE_ROUTES } from './case-routes.js';
import { COMMAND_FORMS } from './command-forms.js';

/** The properties a DTO validates, and those it lets a body leave out. */
function propertiesOf(body: object): { all: Set<string>; optional: Set<string> } {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(body as new () => object, '', true, false);
  const optional = metadata.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName);
  return { all: new Set(metadata.map((m) => m.propertyName)), optional: new Set(optional) };
}

// The console's form and the API's DTO of a command are declared apart (one is bundled for the browser): they must agree.
describe('every command form sends what its DTO validates', () => {
  const formOf = new Map(COMMAND_FORMS.map((form) => [form.command, form]));

  it.each(CASE_ROUTES.map((route) => [route.command, route] as const))('%s', (_command, route) => {
    const form = formOf.get(route.command)!;
    expect(form).toMatchObject({ path: route.path, target: route.target });
    const { all, optional } = propertiesOf(route.body);
    // A referral's or transfer's id is in the path, not the body.
    const sent = new Set(
      form.fields.filter((f) => !(f.kind === 'target' && (f.name === 'referralId' || f.name === 'transferId'))).map((f) => f.name.split('.')[0]!),
    );
    expect([...sent].filter((name) => !all.has(name))).toEqual([]);
    expect([...all].filter((name) => !optional.has(name) && !sent.has(name))).toEqual([]);
  });
});

// A form whose options have no labels shows the codes ("Debt bondage", "diberikan oleh parent") to the person filling it in.
describe('every option of every form has labels in the domain catalogue', () => {
  const withOptions = COMMAND_FORMS.flatMap((form) => form.fields.filter((f) => f.options).map((f) => [`${form.command} ${f.name}`, f] as const));

  it('finds the forms with options (the check below is not empty)', () => {
    expect(withOptions.length).toBeGreaterThan(20);
  });

  it.each(withOptions)('%s', (_name, field) => {
    expect(field.vocabulary).toEqual(expect.any(String));
    const vocabulary = VOCABULARIES[field.vocabulary!];
    expect(vocabulary).toBeDefined();
    expect(field.options!.filter((option) => !(vocabulary.values as readonly string[]).includes(option))).toEqual([]);
  });
});
