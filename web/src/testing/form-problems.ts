import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { form, SchemaOrSchemaFn } from '@angular/forms/signals';

/** The first problem of each field of a form built on `schema`, as dictionary keys (what the field will say). */
export function problemsOf<T extends object>(schema: SchemaOrSchemaFn<T>, value: T): Partial<Record<keyof T, string>> {
  return TestBed.runInInjectionContext(() => {
    const tree = form(signal(value), schema);
    const problems: Partial<Record<keyof T, string>> = {};
    for (const key of Object.keys(value) as (keyof T & string)[]) {
      const state = (tree as unknown as Record<string, () => { errors(): { message?: string }[]; hidden(): boolean }>)[
        key
      ]!();
      const first = state.hidden() ? undefined : state.errors()[0];
      if (first) problems[key] = first.message ?? first.toString();
    }
    return problems;
  });
}
