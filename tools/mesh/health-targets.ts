import type { MeshConfig } from './mesh-services';
import type { ReadinessTarget } from './readiness';

/**
 * What "the mesh is up" means: every service answers its liveness route, and the
 * orchestrator its readiness route (which checks that it reaches the planner).
 */
export function healthTargets(config: Pick<MeshConfig, 'services'>): ReadinessTarget[] {
  return config.services.map((s) => ({
    name: s.name,
    url: `${s.url}${s.kind === 'orchestrator' ? '/health/ready' : '/health'}`,
  }));
}
