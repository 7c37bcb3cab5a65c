import { ID } from './id';

export type TranslationKey = keyof typeof ID;
/** Every language must translate every key; the compiler and a test both check it. */
export type Dictionary = Readonly<Record<TranslationKey, string>>;
