import 'reflect-metadata';
import { PlannerService } from './planner.service';
import { A2ATaskService } from './a2a-task.service';

// STACK-NOTES pitfall 3: without decorator metadata from the swc transform, Nest injects
// undefined silently. This fails loudly if the transform loses it.
describe('decorator metadata', () => {
  it('is emitted for the planner service constructor', () => {
    const types = Reflect.getMetadata('design:paramtypes', PlannerService) as unknown[];

    expect(types).toHaveLength(4);
    expect(types.every((t) => typeof t === 'function')).toBe(true);
  });

  it('is emitted for the task service constructor', () => {
    expect(Reflect.getMetadata('design:paramtypes', A2ATaskService)).toHaveLength(4);
  });
});
