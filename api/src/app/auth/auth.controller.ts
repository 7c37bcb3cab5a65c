import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { LoginResponse, SessionUser } from '@pantau/domain';
import { AppConfigService } from '../../services/config/app-config.service';
import { Allow, CurrentUser, Public, READERS } from './access.decorators';
import { AuthService, IssuedSession, toSessionUser } from './auth.service';
import type { AuthUser } from './auth-user';
import { LoginDto, RefreshDto } from './dto/login.dto';

export const REFRESH_COOKIE = 'pantau_refresh';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfigService,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @ApiOkResponse({ description: '{accessToken, user}; the refresh token is set as an httpOnly cookie' })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts, or the account is temporarily locked' })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    return this.respond(await this.auth.login(dto.username, dto.password), res);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('refresh')
  @HttpCode(200)
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
  async logout(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(user.id, (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }

  @Allow(...READERS)
  @ApiBearerAuth()
  @Get('me')
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
