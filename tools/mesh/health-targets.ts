import type { MeshConfig } from './mesh-services';
import type { ReadinessTarget } from './readiness';

/**
 * What "the mesh is up" means: every service answers its liveness route, the planner its
 * readiness route (its planning worker has warmed up) and the orchestrator its readiness
 * route (which checks that it reaches the planner).
 */
export function healthTargets(config: Pick<MeshConfig, 'services'>): ReadinessTarget[] {
  return config.services.map((s) => ({
    name: s.name,
    url: `${s.url}${s.kind === 'orchestrator' || s.kind === 'planner' ? '/health/ready' : '/health'}`,
  }));
}
