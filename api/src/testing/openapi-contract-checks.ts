import { readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { OpenApiDocument, Schema } from '../reliability/support/openapi';
import { operationsOf } from './openapi-document-checks';

/**
 * Compares the OpenAPI document with the TypeScript it was written for: each route's documented answer with
 * the type its controller method declares, and each documented class with the shared contract it implements.
 * Swagger cannot read interfaces, so this is what keeps the response classes equal to the contracts in what
 * the compiler does not check: nullability, optional fields, enum values, and fields missing on either side.
 */
export interface ContractSources {
  checker: ts.TypeChecker;
  files: readonly ts.SourceFile[];
  /** True for a file of the shared contracts (libs/domain). */
  isContractFile(fileName: string): boolean;
}

const ROUTE_DECORATORS: Readonly<Record<string, number>> = { Get: 200, Post: 201, Put: 200, Patch: 200, Delete: 200 };

/** The API's sources as its tsconfig compiles them; `appDir` holds the controllers and DTO classes. */
export function loadSources(tsconfigPath: string, appDir: string, contractDir: string): ContractSources {
  const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, resolve(tsconfigPath, '..'));
  const roots = (readdirSync(appDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !/\.(e2e-)?spec\.ts$/.test(f))
    .map((f) => join(appDir, f));
  const program = ts.createProgram(roots, { ...parsed.options, noEmit: true, incremental: false });
  const app = resolve(appDir) + sep;
  return {
    checker: program.getTypeChecker(),
    files: program.getSourceFiles().filter((f) => resolve(f.fileName).startsWith(app)),
    isContractFile: (fileName) => resolve(fileName).startsWith(resolve(contractDir) + sep),
  };
}

interface Route {
  operationId: string;
  method: ts.MethodDeclaration;
  status: number;
  /** Answers through `@Res()` itself, so neither the status nor the return type says what is sent. */
  manual: boolean;
}

function decoratorsOf(node: ts.Node): Array<{ name: string; args: readonly ts.Expression[] }> {
  if (!ts.canHaveDecorators(node)) return [];
  return (ts.getDecorators(node) ?? []).flatMap((d) =>
    ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression)
      ? [{ name: d.expression.expression.text, args: d.expression.arguments }]
      : [],
  );
}

function routesOf(sources: ContractSources): Route[] {
  const routes: Route[] = [];
  for (const file of sources.files) {
    for (const cls of file.statements.filter(ts.isClassDeclaration)) {
      if (!cls.name || !decoratorsOf(cls).some((d) => d.name === 'Controller')) continue;
      for (const method of cls.members.filter(ts.isMethodDeclaration)) {
        const decorators = decoratorsOf(method);
        const verb = decorators.find((d) => d.name in ROUTE_DECORATORS);
        if (!verb || !ts.isIdentifier(method.name)) continue;
        const code = decorators.find((d) => d.name === 'HttpCode')?.args[0];
        const manual = method.parameters.some((p) =>
          decoratorsOf(p).some((d) => d.name === 'Res' && !d.args.some((a) => /passthrough:\s*true/.test(a.getText()))),
        );
        routes.push({
          operationId: `${cls.name.text}_${method.name.text}`,
          method,
          status: code && ts.isNumericLiteral(code) ? Number(code.text) : ROUTE_DECORATORS[verb.name]!,
          manual,
        });
      }
    }
  }
  return routes;
}

/** Every route's documented success answer against its controller method's declared return type. */
export function routeProblems(doc: OpenApiDocument, sources: ContractSources): string[] {
  const { checker } = sources;
  const problems: string[] = [];
  const routes = new Map(routesOf(sources).map((r) => [r.operationId, r]));
  for (const { key, op } of operationsOf(doc)) {
    const route = op.operationId ? routes.get(op.operationId) : undefined;
    if (!route) {
      problems.push(`${key}: no controller method ${op.operationId ?? '(no operationId)'} found`);
      continue;
    }
    if (!route.method.type) problems.push(`${key}: ${route.operationId} declares no return type`);
    if (route.manual) continue;
    const answer = op.responses?.[String(route.status)];
    if (!answer) {
      const documented = Object.keys(op.responses ?? {}).join(', ');
      problems.push(`${key}: answers ${route.status} but documents ${documented || 'nothing'}`);
      continue;
    }
    const signature = checker.getSignatureFromDeclaration(route.method)!;
    const returned = checker.getReturnTypeOfSignature(signature);
    const type = checker.getAwaitedType(returned) ?? returned;
    const media = Object.entries(answer.content ?? {});
    if (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) {
      if (media.length > 0) problems.push(`${key}: returns nothing but documents a body`);
      continue;
    }
    if (type.getSymbol()?.getName() === 'StreamableFile') {
      if (media.length === 0 || media.some(([, m]) => m.schema?.format !== 'binary')) {
        problems.push(`${key}: sends a file, to be documented as format: binary with its content type`);
      }
      continue;
    }
    const json = answer.content?.['application/json']?.schema;
    if (!json) {
      problems.push(`${key}: ${route.status} has no application/json schema`);
      continue;
    }
    const named = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0]! : type;
    const declaredIn = named.getSymbol()?.declarations?.[0]?.getSourceFile().fileName;
    if (named.flags & ts.TypeFlags.Object && declaredIn && !sources.isContractFile(declaredIn)) {
      problems.push(`${key}: returns ${checker.typeToString(type)}, which is not a shared contract`);
    }
    compareType(doc, checker, route.method, type, json, key, problems);
  }
  return problems;
}

/** Every documented class against the shared contract it implements (and every such class implements one). */
export function schemaProblems(doc: OpenApiDocument, sources: ContractSources): string[] {
  const { checker } = sources;
  const problems: string[] = [];
  const contracts = new Map<string, { type: ts.Type; at: ts.Node }>();
  for (const file of sources.files) {
    for (const cls of file.statements.filter(ts.isClassDeclaration)) {
      const implemented = (cls.heritageClauses ?? [])
        .filter((h) => h.token === ts.SyntaxKind.ImplementsKeyword)
        .flatMap((h) => h.types)
        .find((t) => isContract(checker, sources, t.expression));
      if (cls.name && implemented)
        contracts.set(cls.name.text, { type: checker.getTypeAtLocation(implemented), at: cls });
    }
  }
  for (const name of Object.keys(doc.components?.schemas ?? {})) {
    const contract = contracts.get(name);
    if (!contract) problems.push(`schema ${name}: its class implements no shared contract`);
    else
      compareType(doc, checker, contract.at, contract.type, { $ref: `#/components/schemas/${name}` }, name, problems);
  }
  return problems;
}

/** True when the name (as imported) is declared in the shared contracts. */
function isContract(checker: ts.TypeChecker, sources: ContractSources, name: ts.Expression): boolean {
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.some((d) => sources.isContractFile(d.getSourceFile().fileName)) ?? false;
}

/** Follows $ref and single-member allOf (how nullable references are written); nullable anywhere on the way counts. */
function resolveSchema(doc: OpenApiDocument, schema: Schema): { s: Schema; nullable: boolean } {
  let s = schema;
  let nullable = schema.nullable === true;
  for (let hops = 0; hops < 10; hops++) {
    if (s.$ref) {
      const name = s.$ref.replace('#/components/schemas/', '');
      const target = doc.components?.schemas?.[name];
      if (!target) throw new Error(`OpenAPI document names a missing schema ${s.$ref}`);
      s = target;
    } else if (s.allOf?.length === 1 && !s.properties) {
      s = s.allOf[0]!;
    } else break;
    nullable ||= s.nullable === true;
  }
  return { s, nullable };
}

const literalValue = (t: ts.Type): string | number | undefined =>
  t.isStringLiteral() || t.isNumberLiteral() ? t.value : undefined;

function compareType(
  doc: OpenApiDocument,
  checker: ts.TypeChecker,
  at: ts.Node,
  type: ts.Type,
  schema: Schema,
  path: string,
  problems: string[],
  depth = 0,
): void {
  if (depth > 12) return;
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
  const { s, nullable } = resolveSchema(doc, schema);
  const mayBeNull = (type.isUnion() ? type.types : [type]).some((t) => t.flags & ts.TypeFlags.Null);
  if (mayBeNull && !nullable) problems.push(`${path} may be null but is not documented as nullable`);
  if (!mayBeNull && nullable) problems.push(`${path} is documented as nullable but is never null`);
  const t = checker.getNonNullableType(type);
  const members = t.isUnion() ? t.types : [t];
  const want = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${path} is ${what} but documented as ${JSON.stringify({ type: s.type, enum: s.enum })}`);
  };
  if (t.flags & ts.TypeFlags.BooleanLike) return want(s.type === 'boolean', 'a boolean');
  if (members.every((m) => literalValue(m) !== undefined)) {
    const values = members.map((m) => String(literalValue(m))).sort();
    const documented = (s.enum ?? [])
      .filter((v) => v !== null)
      .map(String)
      .sort();
    return want(JSON.stringify(values) === JSON.stringify(documented), `one of ${values.join(', ')}`);
  }
  if (t.flags & ts.TypeFlags.StringLike) return want(s.type === 'string' && !s.enum, 'any string');
  if (t.flags & ts.TypeFlags.NumberLike) return want(s.type === 'number' || s.type === 'integer', 'a number');
  if (checker.isArrayType(t)) {
    want(s.type === 'array' && !!s.items, 'an array');
    if (s.items) {
      const item = checker.getTypeArguments(t as ts.TypeReference)[0]!;
      compareType(doc, checker, at, item, s.items, `${path}[]`, problems, depth + 1);
    }
    return;
  }
  // A union of object shapes (an error code's params, whichever the code) is documented as a free-form object.
  if (t.isUnion() && members.every((m) => m.flags & ts.TypeFlags.Object)) {
    return want(s.type === 'object' && s.additionalProperties === true, 'one of several object shapes');
  }
  if (!(t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection))) {
    return void problems.push(`${path}: cannot compare ${checker.typeToString(t)} with its schema`);
  }
  want(s.type === undefined || s.type === 'object', 'an object');
  const documented = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const index = checker.getIndexTypeOfType(t, ts.IndexKind.String);
  if (index) {
    if (typeof s.additionalProperties !== 'object')
      problems.push(`${path} has keys of any name: document their values`);
    else compareType(doc, checker, at, index, s.additionalProperties, `${path}{}`, problems, depth + 1);
  }
  const props = checker.getPropertiesOfType(t);
  for (const prop of props) {
    const name = prop.getName();
    const where = `${path}.${name}`;
    const property = documented[name];
    if (!property) {
      problems.push(`${where} is in the contract but not documented`);
      continue;
    }
    const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
    if (optional && required.has(name)) problems.push(`${where} is optional but documented as required`);
    if (!optional && !required.has(name)) problems.push(`${where} is always present but documented as optional`);
    compareType(doc, checker, at, checker.getTypeOfSymbolAtLocation(prop, at), property, where, problems, depth + 1);
  }
  for (const name of Object.keys(documented)) {
    if (!props.some((p) => p.getName() === name))
      problems.push(`${path}.${name} is documented but not in the contract`);
  }
}
