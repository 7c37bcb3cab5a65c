import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfigService } from '../services/config/app-config.service';
import { SessionUsers } from './auth/session-users.service';
import { TOKEN_ISSUER, TokenService } from './auth/token.service';

/** App-wide services every feature module may inject. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a
        // public key on every verification, which cost 6 % of the API's CPU under load.
        secret: createSecretKey(Buffer.from(config.values.jwtSecret)) as unknown as string,
        signOptions: { algorithm: 'HS256', issuer: TOKEN_ISSUER },
        // Only HS256 (never `none`), only our issuer, and no token older than the access-token lifetime even if
        // it claims a later expiry (`maxAge` also requires `iat`); TokenService requires `exp` itself.
        verifyOptions: {
          algorithms: ['HS256'],
          issuer: TOKEN_ISSUER,
          maxAge: config.values.accessTokenTtlSeconds,
        },
      }),
    }),
  ],
  providers: [TokenService, SessionUsers],
  exports: [TokenService, SessionUsers, JwtModule],
})
export class CoreModule {}
