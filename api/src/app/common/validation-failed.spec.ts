import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IsString, Matches, MaxLength, validate } from 'class-validator';
import { VALIDATED_FIELDS, VALIDATION_RULES } from '@pantau/domain';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationFailed } from './validation-failed';

class Note {
  @IsString()
  @Matches(/\S/, { message: 'text must not be empty' })
  @MaxLength(10)
  text!: string;
}

/** Every DTO file of the API, loaded so that its rules are in class-validator's metadata. */
function loadDtos(): void {
  const app = join(__dirname, '..');
  for (const feature of readdirSync(app)) {
    const dir = join(app, feature, 'dto');
    const files = (() => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    })();
    for (const f of files.filter((n) => n.endsWith('.ts') && !n.endsWith('.spec.ts'))) require(join(dir, f));
  }
  require('./paging.dto');
}

/** The names class-validator gives the errors of a rule (a custom rule is named by its constraint class). */
function ruleNames(m: ValidationMetadata): string[] {
  if (m.type === 'conditionalValidation' || m.type === 'whitelistValidation') return [];
  if (m.type !== 'customValidation') return [m.type];
  return getMetadataStorage()
    .getTargetValidatorConstraints(m.constraintCls)
    .map((c) => c.name);
}

describe('validation-failed answers', () => {
  it("name each broken rule per field, with the rule's limit, and keep the English sentences", async () => {
    const note = Object.assign(new Note(), { text: ' '.repeat(11) });
    const failed = validationFailed(await validate(note));
    expect(failed.getStatus()).toBe(400);
    expect(failed.getResponse()).toMatchObject({
      code: 'validation-failed',
      params: {
        fields: expect.arrayContaining([
          { field: 'text', rule: 'notBlank' },
          { field: 'text', rule: 'maxLength', limit: 10 },
        ]),
      },
      message: expect.arrayContaining(['text must not be empty']),
    });
  });

  it('name only rules and fields that the catalogue lists, so that the web has words for each', () => {
    loadDtos();
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> };
    const all = [...storage.validationMetadatas.values()].flat().filter((m) => m.target !== Note);
    expect(all.length).toBeGreaterThan(100);
    const rules = new Set(all.flatMap(ruleNames));
    const fields = new Set(all.filter((m) => ruleNames(m).length > 0).map((m) => m.propertyName));
    expect([...rules].filter((r) => !(VALIDATION_RULES as readonly string[]).includes(r))).toEqual([]);
    expect([...fields].filter((f) => !(VALIDATED_FIELDS as readonly string[]).includes(f))).toEqual([]);
  });
});
