import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ERROR_CODES } from '@rujukan/domain';

const DOMAIN_SOURCES = join(import.meta.dirname, '../../libs/domain/src');

interface FunctionFacts {
  codes: Set<string>;
  calls: Set<string>;
}

/** Every named function of the domain (declarations and arrow constants): the error codes it names and the functions it calls. */
function domainFunctions(): Map<string, FunctionFacts> {
  const known = new Set<string>(ERROR_CODES);
  const functions = new Map<string, FunctionFacts>();
  const files = readdirSync(DOMAIN_SOURCES).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(DOMAIN_SOURCES, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const record = (name: string, body: ts.Node) => {
      const facts: FunctionFacts = functions.get(name) ?? { codes: new Set(), calls: new Set() };
      const visit = (node: ts.Node): void => {
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && known.has(node.text)) facts.codes.add(node.text);
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) facts.calls.add(node.expression.text);
        ts.forEachChild(node, visit);
      };
      visit(body);
      functions.set(name, facts);
    };
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) record(statement.name.text, statement.body);
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) record(declaration.name.text, init);
        }
      }
    }
  }
  return functions;
}

/**
 * The codes a command's `decide` function can refuse with: the codes named in it and in every domain function it
 * reaches, found by reading the source. An over-approximation (a code named but never thrown on some path counts),
 * which is what documentation needs: nothing a client can meet is missing.
 */
export function refusalsFoundInSource(commands: readonly string[]): Record<string, string[]> {
  const functions = domainFunctions();
  const reach = (start: string): Set<string> => {
    const codes = new Set<string>();
    const seen = new Set<string>();
    const pending = [start];
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const facts = functions.get(name);
      if (!facts) continue;
      facts.codes.forEach((code) => codes.add(code));
      facts.calls.forEach((call) => pending.push(call));
    }
    return codes;
  };
  return Object.fromEntries(
    commands.map((command) => {
      if (!functions.has(`decide${command}`)) throw new Error(`no decide${command} in libs/domain/src`);
      return [command, [...reach(`decide${command}`)].sort()];
    }),
  );
}
