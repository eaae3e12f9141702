import {
  HttpStatus,
  Inject,
  Injectable,
  Module,
  type CanActivate,
  type DynamicModule,
  type ExecutionContext,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { A2AErrorCode } from '@mesh/a2a-contracts';
import { A2ARequestException } from '../a2a-request.exception';
import { PUBLIC_ROUTE } from './public-route.decorator';

export interface ProtectionOptions {
  /** When set, every non-public route needs it as `Authorization: Bearer <key>` or `x-api-key: <key>`. */
  readonly apiKey?: string;
  /** Requests per second per client; 0 turns rate limiting off. */
  readonly rateLimitRps: number;
}

const PROTECTION_OPTIONS = Symbol('PROTECTION_OPTIONS');

/** The key a request presents, from either header. */
export function presentedKey(request: Pick<Request, 'headers'>): string | undefined {
  const authorization = request.headers['authorization'];
  if (typeof authorization === 'string' && /^Bearer\s+/i.test(authorization))
    return authorization.replace(/^Bearer\s+/i, '').trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : undefined;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

@Injectable()
class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PROTECTION_OPTIONS) private readonly options: ProtectionOptions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.options.apiKey) return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]))
      return true;
    const key = presentedKey(context.switchToHttp().getRequest<Request>());
    if (key && sameSecret(key, this.options.apiKey)) return true;
    throw new A2ARequestException(
      A2AErrorCode.Unauthorized,
      'This agent needs an API key: send it as "Authorization: Bearer <key>" or "x-api-key: <key>".',
      [],
      HttpStatus.UNAUTHORIZED,
    );
  }
}

/**
 * Rate limiting per client with @nestjs/throttler (429 with Retry-After; 0 turns it off) and
 * an optional API key. Routes marked {@link PublicRoute} (health, metrics) stay open.
 */
@Module({})
export class ProtectionModule {
  static forRoot(options: ProtectionOptions): DynamicModule {
    return ProtectionModule.forRootAsync({ inject: [], useFactory: () => options });
  }

  /** Options from an injected provider (an app's validated settings). */
  static forRootAsync(options: {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    readonly inject: any[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    readonly useFactory: (...dependencies: any[]) => ProtectionOptions;
  }): DynamicModule {
    const limitOf = (protection: ProtectionOptions) => Math.max(0, Math.floor(protection.rateLimitRps));
    return {
      module: ProtectionModule,
      imports: [
        ThrottlerModule.forRootAsync({
          inject: options.inject,
          useFactory: (...dependencies: unknown[]) => {
            const limit = limitOf(options.useFactory(...dependencies));
            return {
              throttlers: [{ name: 'default', ttl: 1000, limit: Math.max(1, limit) }],
              skipIf: () => limit === 0,
            };
          },
        }),
      ],
      providers: [
        { provide: PROTECTION_OPTIONS, inject: options.inject, useFactory: options.useFactory },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
    };
  }
}
