import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { UsersService, UserView } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Allow('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiQuery({ name: 'role', required: false })
  @ApiQuery({ name: 'q', required: false })
  list(@Query('role') role?: string, @Query('q') q?: string): Promise<UserView[]> {
    return this.users.list(role?.slice(0, 20), q?.slice(0, 100));
  }

  @Post()
  create(@Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(dto);
  }

  @Patch(':id')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(id, dto);
  }

  @Post(':id/password')
  @HttpCode(204)
  resetPassword(@Param('id', IdPipe) id: number, @Body() dto: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(id, dto.password);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', IdPipe) id: number): Promise<void> {
    return this.users.remove(id);
  }
}
