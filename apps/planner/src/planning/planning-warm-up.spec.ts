import type { PlannerSettings } from '../config/planner-settings';
import { PlanningWarmUp } from './planning-warm-up.service';

describe('PlanningWarmUp', () => {
  it('lets the app start when planning fails during the warm-up', async () => {
    const broken = {
      planning: new Proxy(
        {},
        {
          get() {
            throw new Error('broken planning options');
          },
        },
      ),
    } as unknown as PlannerSettings;

    await expect(new PlanningWarmUp(broken).onApplicationBootstrap()).resolves.toBeUndefined();
  });
});
