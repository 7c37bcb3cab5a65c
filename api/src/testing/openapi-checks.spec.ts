import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenApiDocument, Schema } from '../reliability/support/openapi';
import { type ContractSources, loadSources, routeProblems, schemaProblems } from './openapi-contract-checks';
import { answerProblems, shapeProblems } from './openapi-document-checks';

// A small API of its own: a contract file, a controller and a response class, read as the real ones are.
const CONTRACTS = `
export type Color = 'red' | 'green';
export interface Cell { color: Color; score: number | null; note?: string }
export interface Grid { cells: Cell[]; counts: Record<string, number> }
`;

const APP = `
import type { Cell, Grid } from '../libs/domain/src/contracts';
declare function Controller(path?: string): ClassDecorator;
declare function Get(path?: string): MethodDecorator;
declare function Post(path?: string): MethodDecorator;
declare function HttpCode(code: number): MethodDecorator;
declare class StreamableFile {}
interface LocalView { id: number }

export class CellDto implements Cell {
  color!: 'red' | 'green';
  score!: number | null;
  note?: string;
}

@Controller('grid')
export class GridController {
  @Get()
  grid(): Promise<Grid> { return null!; }

  @Post('cells')
  add(): Promise<Cell> { return null!; }

  @Post('touch')
  @HttpCode(204)
  touch(): Promise<void> { return null!; }

  @Get('grid.csv')
  csv(): StreamableFile { return null!; }

  @Get('local')
  local(): LocalView { return null!; }

  @Get('untyped')
  untyped() { return 1; }
}
`;

const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

const CELL: Schema = {
  type: 'object',
  properties: {
    color: { type: 'string', enum: ['red', 'green'] },
    score: { type: 'number', nullable: true },
    note: { type: 'string' },
  },
  required: ['color', 'score'],
};

function goodDocument(): OpenApiDocument {
  return {
    paths: {
      '/grid': {
        get: {
          operationId: 'GridController_grid',
          responses: {
            '200': json({
              type: 'object',
              properties: {
                cells: { type: 'array', items: ref('CellDto') },
                counts: { type: 'object', additionalProperties: { type: 'integer' } },
              },
              required: ['cells', 'counts'],
            }),
          },
        },
      },
      '/grid/cells': { post: { operationId: 'GridController_add', responses: { '201': json(ref('CellDto')) } } },
      '/grid/touch': { post: { operationId: 'GridController_touch', responses: { '204': { description: 'Done' } } } },
      '/grid/grid.csv': {
        get: {
          operationId: 'GridController_csv',
          responses: { '200': { content: { 'text/csv': { schema: { type: 'string', format: 'binary' } } } } },
        },
      },
    },
    components: { schemas: { CellDto: structuredClone(CELL) } },
  };
}

describe('OpenAPI checks', () => {
  let dir: string;
  let sources: ContractSources;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'openapi-checks-'));
    mkdirSync(join(dir, 'libs/domain/src'), { recursive: true });
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'libs/domain/src/contracts.ts'), CONTRACTS);
    writeFileSync(join(dir, 'app/grid.controller.ts'), APP);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          experimentalDecorators: true,
          target: 'es2022',
          module: 'commonjs',
          types: [],
        },
      }),
    );
    sources = loadSources(join(dir, 'tsconfig.json'), join(dir, 'app'), join(dir, 'libs/domain/src'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nothing wrong with a document that matches its contracts', () => {
    const doc = goodDocument();
    expect([...answerProblems(doc), ...shapeProblems(doc), ...routeProblems(doc, sources)]).toEqual([]);
    expect(schemaProblems(doc, sources)).toEqual([]);
  });

  it('refuses a route without a success schema, and a No Content answer with a body', () => {
    const doc = goodDocument();
    doc.paths['/grid']!['get']!.responses = { '200': { description: 'The grid' }, '404': { description: 'No grid' } };
    doc.paths['/grid/touch']!['post']!.responses = { '204': json({ type: 'string' }) };
    doc.paths['/grid/cells']!['post']!.responses = { '400': { description: 'Bad cell' } };
    expect(answerProblems(doc)).toEqual([
      'GET /grid 200 documents no body schema',
      'POST /grid/cells documents no 2xx answer',
      'POST /grid/touch 204 has no body but documents one',
    ]);
  });

  it('refuses bare objects, arrays without items and properties without a type', () => {
    const doc = goodDocument();
    doc.components!.schemas!['CellDto']!.properties = { color: { type: 'object' }, note: {}, list: { type: 'array' } };
    expect(shapeProblems(doc)).toEqual([
      'CellDto.color is a bare object: give it properties, additionalProperties or a $ref',
      'CellDto.note has no type',
      'CellDto.list is an array without an item type',
    ]);
  });

  it('refuses a nullable field documented as not nullable, and the other way round', () => {
    const doc = goodDocument();
    const cell = doc.components!.schemas!['CellDto']!;
    cell.properties!['score'] = { type: 'number' };
    cell.properties!['note'] = { type: 'string', nullable: true };
    expect(schemaProblems(doc, sources)).toEqual([
      'CellDto.score may be null but is not documented as nullable',
      'CellDto.note is documented as nullable but is never null',
    ]);
    expect(routeProblems(doc, sources)).toContain(
      'GET /grid.cells[].score may be null but is not documented as nullable',
    );
  });

  it('refuses wrong enums, optional fields marked required, and fields missing on either side', () => {
    const doc = goodDocument();
    const cell = doc.components!.schemas!['CellDto']!;
    cell.properties!['color'] = { type: 'string', enum: ['red', 'yellow'] };
    cell.required = ['color', 'score', 'note'];
    delete cell.properties!['score'];
    cell.properties!['extra'] = { type: 'string' };
    expect(schemaProblems(doc, sources)).toEqual([
      'CellDto.color is one of green, red but documented as {"type":"string","enum":["red","yellow"]}',
      'CellDto.score is in the contract but not documented',
      'CellDto.note is optional but documented as required',
      'CellDto.extra is documented but not in the contract',
    ]);
  });

  it('refuses a success status other than the one the route sends, and a file not documented as binary', () => {
    const doc = goodDocument();
    doc.paths['/grid/cells']!['post']!.responses = { '200': json(ref('CellDto')) };
    doc.paths['/grid/grid.csv']!['get']!.responses = { '200': json({ type: 'string' }) };
    expect(routeProblems(doc, sources)).toEqual([
      'POST /grid/cells: answers 201 but documents 200',
      'GET /grid/grid.csv: sends a file, to be documented as format: binary with its content type',
    ]);
  });

  it('refuses routes that return a local type or declare no return type, and classes without a contract', () => {
    const doc = goodDocument();
    doc.paths['/grid/local'] = {
      get: { operationId: 'GridController_local', responses: { '200': json(ref('Local')) } },
    };
    doc.paths['/grid/untyped'] = {
      get: { operationId: 'GridController_untyped', responses: { '200': json({ type: 'number' }) } },
    };
    doc.components!.schemas!['Local'] = { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] };
    expect(routeProblems(doc, sources)).toEqual([
      'GET /grid/local: returns LocalView, which is not a shared contract',
      'GET /grid/untyped: GridController_untyped declares no return type',
    ]);
    expect(schemaProblems(doc, sources)).toEqual(['schema Local: its class implements no shared contract']);
  });
});
