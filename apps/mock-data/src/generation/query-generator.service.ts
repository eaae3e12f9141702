import { Injectable, Logger } from '@nestjs/common';
import type { GenerateQueryParameters } from '@mesh/a2a-contracts';
import { DataSettings } from '../config/data-settings';
import { readQueryInput } from '../query/analysis-reader.util';
import type { GeneratedQuery } from '../query/query-input';
import { generateQuery, type PlatformSchema } from '../query/query-generator';
import { splSchemaHints, tableSchemaHints } from '../query/schema';
import { loadPlatformSchema } from './schema-loader';

/** The platform's schema, loaded once when the app is created, and the pure query builders over it. */
@Injectable()
export class QueryGeneratorService {
  private readonly logger = new Logger(QueryGeneratorService.name);
  readonly target: PlatformSchema;
  readonly schemaFile: string;

  constructor(settings: DataSettings) {
    const { file, target } = loadPlatformSchema(settings.platform, settings.schemaFile, __dirname);
    this.target = target;
    this.schemaFile = file;
    this.logger.log(`Loaded the ${settings.platform} schema from ${file} (${this.entryCount} entries)`);
  }

  get entryCount(): number {
    const { target } = this;
    if (target.platform === 'spl')
      return (
        Object.keys(target.schema.indexes).length + target.schema.sourcetypes.length + target.schema.datamodels.length
      );
    return Object.keys(target.schema.tables).length;
  }

  /** The schema as `GET /a2a/agent` shows it (the `schema_hints` shape of the platform). */
  schemaHints(): Record<string, unknown> {
    const { target } = this;
    return target.platform === 'spl' ? splSchemaHints(target.schema) : tableSchemaHints(target.schema);
  }

  generate(parameters: GenerateQueryParameters): GeneratedQuery {
    return generateQuery(readQueryInput(parameters), this.target);
  }
}
