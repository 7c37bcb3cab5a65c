/**
 * @jest-config-loader ts-node
 * @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"ignoreDeprecations": "6.0"}}
 */
import type { Config } from 'jest';

/** Every project's tests in one run; `npm test` prints the combined pass/fail line. */
const config: Config = {
  // Global options (testTimeout is not read per project).
  testTimeout: 120_000,
  projects: ['<rootDir>/libs/domain', '<rootDir>/api', '<rootDir>/web', '<rootDir>/tools', '<rootDir>/e2e'],
};

export default config;
