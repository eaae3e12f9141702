import { applyDecorators, SetMetadata } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';

export const PUBLIC_ROUTE = 'mesh:public-route';

/** Health probes and metrics scrapes: no API key, no rate limit. */
export function PublicRoute(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(PUBLIC_ROUTE, true), SkipThrottle());
}
