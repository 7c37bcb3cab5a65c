import { HTTP_METHODS } from '../reliability/support/openapi';
import type { OpenApiDocument, OperationObject, Schema } from '../reliability/support/openapi';

/** Answers that carry no body: No Content, Not Modified. */
const EMPTY_ANSWERS = new Set(['204', '304']);

export function operationsOf(doc: OpenApiDocument): Array<{ key: string; op: OperationObject }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => (HTTP_METHODS as readonly string[]).includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );
}

/**
 * Operations whose success is not described: each needs a 2xx answer (or a 3xx redirect with its Location)
 * and every such answer with a body needs a schema for each of its content types.
 */
export function answerProblems(doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  for (const { key, op } of operationsOf(doc)) {
    const answers = Object.entries(op.responses ?? {}).filter(([code]) => /^[23]\d\d$/.test(code));
    if (answers.length === 0) problems.push(`${key} documents no 2xx answer`);
    for (const [code, answer] of answers) {
      const media = Object.entries(answer.content ?? {});
      if (EMPTY_ANSWERS.has(code)) {
        if (media.length > 0) problems.push(`${key} ${code} has no body but documents one`);
      } else if (code.startsWith('3')) {
        if (!answer.headers?.['Location']) problems.push(`${key} ${code} redirects without a Location header`);
      } else if (media.length === 0) {
        problems.push(`${key} ${code} documents no body schema`);
      } else {
        for (const [type, { schema }] of media) if (!schema) problems.push(`${key} ${code} ${type} has no schema`);
      }
    }
  }
  return problems;
}

/** Schemas that say too little: objects without properties, arrays without items, properties without a type. */
export function shapeProblems(doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  const walk = (s: Schema | undefined, at: string, isProperty: boolean): void => {
    if (!s || s.$ref) return;
    const composed = [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])];
    if (s.type === 'object' && !s.properties && s.additionalProperties === undefined && composed.length === 0) {
      problems.push(`${at} is a bare object: give it properties, additionalProperties or a $ref`);
    }
    if (s.type === 'array' && !s.items) problems.push(`${at} is an array without an item type`);
    if (isProperty && !s.type && !s.enum && composed.length === 0) problems.push(`${at} has no type`);
    for (const [name, p] of Object.entries(s.properties ?? {})) walk(p, `${at}.${name}`, true);
    if (s.items) walk(s.items, `${at}[]`, true);
    if (typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${at}{}`, true);
    composed.forEach((c, i) => walk(c, `${at}<${i}>`, false));
  };
  for (const [name, s] of Object.entries(doc.components?.schemas ?? {})) walk(s, name, false);
  for (const { key, op } of operationsOf(doc)) {
    for (const p of op.parameters ?? []) walk(p.schema, `${key} ${p.in} ${p.name}`, true);
    for (const [type, m] of Object.entries(op.requestBody?.content ?? {})) walk(m.schema, `${key} body ${type}`, false);
    for (const [code, answer] of Object.entries(op.responses ?? {})) {
      for (const [type, m] of Object.entries(answer.content ?? {})) walk(m.schema, `${key} ${code} ${type}`, false);
    }
  }
  return problems;
}
