import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { QueryGeneratorService } from '../../generation/query-generator.service';

/** Readiness: the schema is loaded and the builder writes a query from it (in process, no I/O). */
@Injectable()
export class SchemaHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly generator: QueryGeneratorService,
  ) {}

  check(key = 'schema'): HealthIndicatorResult {
    const session = this.indicator.check(key);
    try {
      const probe = this.generator.generate({
        platform: this.generator.target.platform,
        query_analysis: {},
        natural_language: 'readiness probe',
      });
      return session.up({
        platform: this.generator.target.platform,
        entries: this.generator.entryCount,
        probe_tables: probe.tables,
      });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
