import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfigService } from '../services/config/app-config.service';
import { SessionUsers } from './auth/session-users.service';
import { TokenService } from './auth/token.service';

/** App-wide services every feature module may inject. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      extraProviders: [AppConfigService],
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        secret: config.values.jwtSecret,
        signOptions: { algorithm: 'HS256', issuer: 'pantau-berakhlak' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'pantau-berakhlak' },
      }),
    }),
  ],
  providers: [AppConfigService, TokenService, SessionUsers],
  exports: [AppConfigService, TokenService, SessionUsers, JwtModule],
})
export class CoreModule {}
