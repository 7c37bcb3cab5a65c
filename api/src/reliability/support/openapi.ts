/** The small part of OpenAPI 3 that the fuzzer and the document's own test read. */

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  description?: string;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface OperationObject {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Schema }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, ResponseObject>;
  security?: unknown[];
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, { schema?: Schema }>;
  headers?: Record<string, unknown>;
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface Param {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. /api/items/{itemId}/ratings */
  path: string;
  key: string;
  params: Param[];
  /** The resolved JSON body schema, when the operation takes JSON. */
  jsonBody: Schema | null;
  /** Multipart (file upload) operations: only their query and path parameters are fuzzed. */
  multipart: boolean;
  /** Documented as needing a bearer token. */
  secured: boolean;
}

/** Replaces every $ref with the schema it names (the DTO schemas are small and not recursive). */
export function resolveSchema(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): Schema {
  if (!schema) return {};
  if (depth > 8) return schema;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`OpenAPI document names a missing schema ${schema.$ref}`);
    return resolveSchema(doc, target, depth + 1);
  }
  const out: Schema = { ...schema };
  if (schema.items) out.items = resolveSchema(doc, schema.items, depth + 1);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, resolveSchema(doc, v, depth + 1)]),
    );
  }
  return out;
}

export function listOperations(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const m = method.toUpperCase() as Operation['method'];
      if (!(HTTP_METHODS as readonly string[]).includes(method)) continue;
      const params: Param[] = (op.parameters ?? [])
        .filter((p) => p.in === 'path' || p.in === 'query')
        .map((p) => ({
          name: p.name,
          in: p.in as Param['in'],
          required: p.in === 'path' || Boolean(p.required),
          schema: resolveSchema(doc, p.schema),
        }));
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      ops.push({
        method: m,
        path,
        key: `${m} ${path}`,
        params,
        jsonBody: json ? resolveSchema(doc, json) : null,
        multipart: 'multipart/form-data' in content,
        secured: (op.security ?? []).length > 0,
      });
    }
  }
  return ops;
}

/** Fills the {name} placeholders of an OpenAPI path, URL-encoding each value. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for path parameter ${name} of ${path}`);
    return encodeSegment(values[name]!);
  });
}

/** Percent-encodes the UTF-8 bytes of a path segment (lone surrogates become U+FFFD instead of throwing). */
function encodeSegment(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) && b < 128
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
