import type { AgentEntry, JourneySummary } from './api';
import { html } from './html';

function kindOf(entry: AgentEntry): string {
  const d = entry.descriptor;
  if (d.platform) return `data · ${d.platform}`;
  if (d.knowledge_domain) return `knowledge · ${d.knowledge_domain}`;
  const capabilities = d.capabilities ?? [];
  return capabilities.includes('create_plan') ? 'planner' : capabilities.join(', ');
}

/** The registry's agents (`GET /agents`) and whether the orchestrator reaches them. */
export function AgentList({ agents }: { agents: AgentEntry[] | null }) {
  return html`<section class="agents" aria-labelledby="agents-title">
    <h2 id="agents-title">
      Agents
      ${agents ? html`<span class="muted">(${agents.filter((a) => a.reachable).length}/${agents.length} reachable)</span>` : null}
    </h2>
    ${
      agents === null
        ? html`<p class="muted">Loading…</p>`
        : html`<ul data-testid="agents">
            ${agents.map(
              (a) =>
                html`<li class="agent" title=${a.descriptor.agent_id}>
                  <span class=${`dot ${a.reachable ? 'completed' : 'failed'}`} aria-hidden="true"></span>
                  <span>${a.descriptor.agent_name}</span>
                  <span class="muted">${kindOf(a)}${a.reachable ? '' : ' · unreachable'}</span>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The latest journeys (`GET /journeys`), newest first; one opens on click. */
export function RecentJourneys({
  journeys,
  current,
  onOpen,
}: {
  journeys: JourneySummary[];
  current: string | null;
  onOpen: (id: string) => void;
}) {
  return html`<section class="recent" aria-labelledby="recent-title">
    <h2 id="recent-title">Recent journeys</h2>
    ${
      journeys.length === 0
        ? html`<p class="muted">None yet.</p>`
        : html`<ul data-testid="recent">
            ${journeys.map(
              (j) =>
                html`<li>
                  <button
                    type="button"
                    class=${j.journey_id === current ? 'recent-item current' : 'recent-item'}
                    aria-current=${j.journey_id === current ? 'true' : undefined}
                    onClick=${() => onOpen(j.journey_id)}
                  >
                    <span class=${`dot ${j.status}`} aria-hidden="true"></span>
                    <span class="recent-question">${j.natural_language}</span>
                    <span class="muted"
                      >${j.status}${j.started_at ? ` · ${new Date(j.started_at).toLocaleTimeString()}` : ''}</span
                    >
                  </button>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}
