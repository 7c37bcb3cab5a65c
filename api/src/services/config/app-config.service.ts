import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from './app-config';

/**
 * The configuration loaded and validated once at boot (loadConfig), injected wherever a setting is needed.
 * createApp provides the object it was given; nothing reads the environment again.
 */
export class AppConfigService {
  constructor(readonly values: Readonly<AppConfig>) {}
}

@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: AppConfigService, useValue: new AppConfigService(Object.freeze({ ...config })) }],
      exports: [AppConfigService],
    };
  }
}
