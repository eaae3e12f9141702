import {
  Controller,
  Get,
  Header,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestMiddleware,
  type NestModule,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { PublicRoute } from '../protection/public-route.decorator';

/** Injection token of the app's Prometheus registry. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/** Seconds buckets that suit both sub-millisecond plans and multi-second LLM calls. */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The route a request matched (its pattern, not its URL, so ids do not explode the label set). */
function routeOf(request: Request): string {
  const route = (request as Request & { route?: { path?: string } }).route?.path;
  return route ? `${request.baseUrl ?? ''}${route}` : 'unmatched';
}

/** The HTTP metrics of one app (one instance, however many times the middleware is built). */
@Injectable()
class HttpMetrics {
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly latency: Histogram<'method' | 'route' | 'status'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    });
    this.latency = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }
}

@Injectable()
class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: HttpMetrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const stop = this.metrics.latency.startTimer();
    response.once('finish', () => {
      const labels = { method: request.method, route: routeOf(request), status: String(response.statusCode) };
      this.metrics.requests.inc(labels);
      stop(labels);
    });
    next();
  }
}

@Controller('metrics')
class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @PublicRoute()
  @Header('Cache-Control', 'no-store')
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  async metrics(): Promise<string> {
    return this.registry.metrics();
  }
}

/**
 * Prometheus metrics at `GET /metrics`: request counts and latency by route and status,
 * default process metrics, and whatever the app registers on {@link METRICS_REGISTRY}.
 */
@Module({})
export class MetricsModule implements NestModule {
  static forRoot(options: { service: string }): DynamicModule {
    // A factory, so each app instance (tests build several from one module) has its own registry.
    const createRegistry = (): Registry => {
      const registry = new Registry();
      registry.setDefaultLabels({ service: options.service });
      collectDefaultMetrics({ register: registry });
      return registry;
    };
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [{ provide: METRICS_REGISTRY, useFactory: createRegistry }, HttpMetrics],
      exports: [METRICS_REGISTRY],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
