import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { LoginResponse, SessionUser } from '@pantau/domain';
import { AppConfigService } from '../../services/config/app-config.service';
import { Allow, CurrentUser, Public, READERS } from './access.decorators';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { LOGIN_THROTTLERS, REFRESH_THROTTLERS } from './throttler-names';
import { AuthService, IssuedSession, toSessionUser } from './auth.service';
import type { AuthUser } from './auth-user';
import { LoginDto, RefreshDto } from './dto/login.dto';
import { ChangePasswordDto } from './dto/password.dto';
import { LoginResponseDto, SessionUserDto } from './dto/session.response';
import { OwnPasswordService } from './own-password.service';
import { RetryAfterInterceptor } from './retry-after.interceptor';

export const REFRESH_COOKIE = 'pantau_refresh';

/** Each route is counted by its own throttlers only (see AuthModule). */
const SkipThrottlers = (names: readonly string[]) => SkipThrottle(Object.fromEntries(names.map((n) => [n, true])));
const addressOf = (req: Request) => req.ip ?? 'unknown';

@ApiTags('auth')
@Controller('auth')
@UseInterceptors(RetryAfterInterceptor)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly ownPassword: OwnPasswordService,
    private readonly config: AppConfigService,
  ) {}

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @SkipThrottlers(REFRESH_THROTTLERS)
  @Post('login')
  @ApiCreatedResponse({
    type: LoginResponseDto,
    description: 'Signed in; the refresh token is set as an httpOnly cookie',
  })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many attempts from this address, or code "sign-in-delayed": failed attempts for this username must wait (Retry-After)',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    return this.respond(await this.auth.login(dto.username, dto.password, addressOf(req)), res);
  }

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @SkipThrottlers(LOGIN_THROTTLERS)
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({
    type: LoginResponseDto,
    description: 'A new access token; the refresh cookie is replaced (each works once)',
  })
  @ApiUnauthorizedResponse({ description: 'code "session-ended": the refresh token is unknown, expired or revoked' })
  @ApiTooManyRequestsResponse({ description: 'Too many renewals from this address or for this user (Retry-After)' })
  async refresh(
    @Body() dto: RefreshDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const presented = dto.refreshToken ?? (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE] ?? '';
    return this.respond(await this.auth.refresh(presented), res);
  }

  @Allow(...READERS)
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out: every session of the user has ended' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user.id);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }

  @Allow(...READERS)
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({
    type: LoginResponseDto,
    description: 'A fresh session; every other session of the user has ended',
  })
  @ApiBadRequestResponse({
    description: 'code "wrong-current-password" or "password-unchanged", or the new password breaks a rule',
  })
  @ApiTooManyRequestsResponse({ description: 'code "sign-in-delayed": too many wrong current passwords (Retry-After)' })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const session = await this.ownPassword.change(user.id, dto.currentPassword, dto.newPassword, addressOf(req));
    return this.respond(session, res);
  }

  @Allow(...READERS)
  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentUser() user: AuthUser): SessionUser {
    return toSessionUser({ ...user, batchCode: user.batch });
  }

  private respond(session: IssuedSession, res: Response): LoginResponse {
    res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.values.env === 'production',
      path: '/api/auth',
      maxAge: this.config.values.refreshTokenTtlDays * 86_400_000,
    });
    return { accessToken: session.accessToken, user: session.user };
  }
}
