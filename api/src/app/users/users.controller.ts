import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Allow } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { UserViewDto } from './dto/user.response';
import type { UserView } from '@pantau/domain';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Allow('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiQuery({ name: 'role', required: false })
  @ApiQuery({ name: 'q', required: false })
  @ApiOkResponse({ type: [UserViewDto] })
  list(@Query('role') role?: string, @Query('q') q?: string): Promise<UserView[]> {
    return this.users.list(role?.slice(0, 20), q?.slice(0, 100));
  }

  @Post()
  @ApiCreatedResponse({ type: UserViewDto })
  create(@Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserViewDto })
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(id, dto);
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "Set; the user's sessions have ended" })
  resetPassword(@Param('id', IdPipe) id: number, @Body() dto: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(id, dto.password);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  remove(@Param('id', IdPipe) id: number): Promise<void> {
    return this.users.remove(id);
  }
}
