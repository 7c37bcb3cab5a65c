import { Injectable } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';

/** The validated configuration, injected wherever a setting is needed. */
@Injectable()
export class AppConfigService {
  readonly values: AppConfig;

  constructor() {
    this.values = loadConfig();
  }
}
