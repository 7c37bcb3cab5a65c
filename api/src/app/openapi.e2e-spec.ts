import { join } from 'node:path';
import type { OpenApiDocument } from '../reliability/support/openapi';
import { loadSources, routeProblems, schemaProblems, type ContractSources } from '../testing/openapi-contract-checks';
import { answerProblems, operationsOf, shapeProblems } from '../testing/openapi-document-checks';
import { createTestApp } from '../testing/test-app';

// Reading the API's types takes a TypeScript program of its sources.
jest.setTimeout(180_000);

describe('OpenAPI document (/api/docs-json)', () => {
  let doc: OpenApiDocument;
  let sources: ContractSources;

  beforeAll(async () => {
    const t = await createTestApp();
    try {
      doc = (await t.http.get('/api/docs-json').expect(200)).body;
    } finally {
      await t.close();
    }
    const root = join(__dirname, '../../..');
    sources = loadSources(
      join(root, 'api/tsconfig.app.json'),
      join(root, 'api/src/app'),
      join(root, 'libs/domain/src'),
    );
  });

  it('lists every route', () => {
    expect(operationsOf(doc).length).toBeGreaterThanOrEqual(60);
  });

  it('documents a success answer with a schema for every route', () => {
    expect(answerProblems(doc)).toEqual([]);
  });

  it('describes every object with its properties and every array with its items', () => {
    expect(shapeProblems(doc)).toEqual([]);
  });

  it("documents each route's answer as the shared contract its controller returns, with the status it sends", () => {
    expect(routeProblems(doc, sources)).toEqual([]);
  });

  it('documents each class as the contract it implements: nullable, optional and enum fields alike', () => {
    expect(schemaProblems(doc, sources)).toEqual([]);
  });
});
