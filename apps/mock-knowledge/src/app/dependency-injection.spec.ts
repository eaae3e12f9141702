import { injectionReport } from '@mesh/nest-a2a';
import { AppModule } from './app.module';

// Without decorator metadata (the swc/tsc decorator settings), Nest injects undefined silently.
describe('dependency injection of the whole app', () => {
  it('finds constructor metadata or an @Inject token for every provider and controller', () => {
    const report = injectionReport(AppModule);

    expect(report.checked).toEqual(
      expect.arrayContaining(['KnowledgeBaseService', 'A2ATaskService', 'HealthController']),
    );
    expect(report.problems).toEqual([]);
  });
});
