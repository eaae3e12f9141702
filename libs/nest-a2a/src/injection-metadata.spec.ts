import { Inject, Injectable, Module, Optional } from '@nestjs/common';
import { injectionReport } from './injection-metadata';

@Injectable()
class Clock {}

@Injectable()
class UsesClock {
  constructor(readonly clock: Clock) {}
}

interface Shape {
  readonly name: string;
}

@Injectable()
class UsesToken {
  constructor(@Inject('SHAPE') readonly shape: Shape) {}
}

@Injectable()
class UsesOptional {
  constructor(@Optional() readonly shape?: Shape) {}
}

@Injectable()
class UsesInterface {
  constructor(readonly shape: Shape) {}
}

/** A class whose constructor lost its decorator metadata (what a wrong swc setting does). */
class LostMetadata {
  constructor(readonly clock: Clock) {}
}

@Module({
  providers: [Clock, UsesClock, UsesToken, UsesOptional, { provide: 'SHAPE', useValue: { name: 'x' } }],
  exports: [Clock],
})
class GoodModule {}

@Module({ imports: [GoodModule], providers: [{ provide: 'lost', useClass: LostMetadata }, UsesInterface] })
class BadModule {}

describe('injectionReport', () => {
  it('finds nothing wrong when every constructor has metadata or an @Inject token', () => {
    expect(injectionReport(GoodModule)).toEqual({
      checked: ['Clock', 'UsesClock', 'UsesToken', 'UsesOptional'],
      problems: [],
    });
  });

  it('names a class without decorator metadata, found through an import', () => {
    const report = injectionReport(BadModule);

    expect(report.checked).toContain('UsesClock');
    expect(report.problems).toEqual([
      expect.stringContaining('LostMetadata: no design:paramtypes'),
      expect.stringContaining('UsesInterface: parameter 0 is typed as an interface'),
    ]);
  });
});
