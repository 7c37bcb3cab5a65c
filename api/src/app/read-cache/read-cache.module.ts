import { Global, Module } from '@nestjs/common';
import { ReadCacheInterceptor } from './read-cache.interceptor';
import { ReadCache } from './read-cache.service';

@Global()
@Module({
  providers: [ReadCache, ReadCacheInterceptor],
  exports: [ReadCache, ReadCacheInterceptor],
})
export class ReadCacheModule {}
