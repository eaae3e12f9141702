import { diagramNodeIds } from '@mesh/planner-core/diagram';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { journeyDiagram } from '../../src/journeys/journey-diagram.util';
import type { JourneyEvent } from '../../src/journeys/journey-event';
import { foldJourneyEvents } from '../../src/journeys/journey-snapshot.util';
import { fetchAgents, fetchJourneys, startJourney, watchJourney, type AgentEntry, type JourneySummary } from './api';
import { Clarification, readClarification } from './clarification';
import { html } from './html';
import { JourneyGraph } from './journey-graph';
import { AgentList, RecentJourneys } from './sidebar';
import { formatMs, StepDetail } from './step-detail';

interface Watched {
  readonly journeyId: string;
  readonly events: JourneyEvent[];
}

function journeyIdFromHash(): string | null {
  const match = /^#\/?journeys\/(.+)$/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The console: a question box and the registry's agents, the recent journeys, the live plan graph, a step's output. */
export function App() {
  const [agents, setAgents] = useState<AgentEntry[] | null>(null);
  const [journeys, setJourneys] = useState<JourneySummary[]>([]);
  const [watched, setWatched] = useState<Watched | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const refreshJourneys = useCallback(() => {
    fetchJourneys().then(setJourneys, () => undefined);
  }, []);

  useEffect(() => {
    fetchAgents().then(setAgents, (error: Error) => setProblem(`Could not read the agents: ${error.message}`));
    refreshJourneys();
  }, [refreshJourneys]);

  const journeyId = watched?.journeyId ?? null;
  useEffect(() => {
    if (!journeyId) return undefined;
    return watchJourney(
      journeyId,
      (event) => {
        setWatched((current) =>
          current && current.journeyId === journeyId ? { journeyId, events: [...current.events, event] } : current,
        );
        if (event.type === 'journey_done') refreshJourneys();
      },
      (message) => setProblem(message),
    );
  }, [journeyId, refreshJourneys]);

  const open = useCallback((id: string) => {
    setProblem(null);
    setSelected(null);
    setWatched({ journeyId: id, events: [] });
    if (journeyIdFromHash() !== id) window.location.hash = `#/journeys/${encodeURIComponent(id)}`;
  }, []);

  useEffect(() => {
    const follow = (): void => {
      const id = journeyIdFromHash();
      if (id) open(id);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [open]);

  const ask = (text: string): void => {
    const trimmed = text.trim();
    if (!trimmed) return;
    setProblem(null);
    startJourney(trimmed).then(
      (id) => {
        open(id);
        refreshJourneys();
      },
      (error: Error) => setProblem(`The orchestrator did not take the question: ${error.message}`),
    );
  };

  const snapshot = useMemo(() => (watched ? foldJourneyEvents(watched.journeyId, watched.events) : null), [watched]);
  const diagram = snapshot ? journeyDiagram(snapshot) : undefined;
  const stepOfNode = useMemo(() => {
    if (!snapshot?.plan) return new Map<string, string>();
    return new Map([...diagramNodeIds(snapshot.plan, snapshot.steps)].map(([stepId, nodeId]) => [nodeId, stepId]));
  }, [snapshot]);
  const stepById = useMemo(() => new Map((snapshot?.steps ?? []).map((s) => [s.step_id, s])), [snapshot]);
  const statusOf = (stepId: string): string => stepById.get(stepId)?.status ?? 'pending';
  const allStepIds = snapshot?.plan ? [...diagramNodeIds(snapshot.plan, snapshot.steps).keys()] : [];
  const clarification = readClarification(snapshot?.journey);
  const plan = snapshot?.plan;

  return html`<a class="skip" href="#journey">Skip to the journey</a>
    <header class="top">
      <h1>Agent mesh <span class="muted">journey console</span></h1>
    </header>
    <div class="layout">
      <aside class="sidebar">
        <form
          class="ask"
          onSubmit=${(event: Event) => {
            event.preventDefault();
            ask(question);
          }}
        >
          <label for="question">Ask the mesh</label>
          <textarea
            id="question"
            name="question"
            rows="3"
            maxlength="2000"
            placeholder="Show failed sign-ins in the last 24 hours"
            value=${question}
            onInput=${(event: Event) => setQuestion((event.target as HTMLTextAreaElement).value)}
            onKeyDown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                ask(question);
              }
            }}
          ></textarea>
          <button type="submit" disabled=${!question.trim()}>Ask</button>
          <p class="hint muted">Ctrl+Enter asks too.</p>
        </form>
        <${AgentList} agents=${agents} />
        <${RecentJourneys} journeys=${journeys} current=${journeyId} onOpen=${open} />
      </aside>
      <main id="journey" class="journey" tabindex="-1">
        ${problem ? html`<p class="error" role="alert">${problem}</p>` : null}
        ${
          !snapshot
            ? html`<section class="empty">
                <h2>No journey yet</h2>
                <p>Ask a question: the planner draws a plan, the agents run it, and the graph follows them live.</p>
              </section>`
            : html`<section class="journey-head" aria-live="polite">
                  <h2>${snapshot.natural_language || snapshot.journey_id}</h2>
                  <p>
                    <span class=${`badge ${snapshot.status}`} data-testid="journey-status">${snapshot.status}</span>
                    ${snapshot.journey ? html` <span>${formatMs(snapshot.journey.duration_ms)}</span>` : null}
                    ${snapshot.replanned ? html` <span class="badge replanned">replanned</span>` : null}
                    <span class="muted"> ${snapshot.journey_id}</span>
                  </p>
                  ${
                    snapshot.plan_changes?.length
                      ? html`<ul class="notes">
                          ${snapshot.plan_changes.map((c) => html`<li>${c}</li>`)}
                        </ul>`
                      : null
                  }
                  ${snapshot.journey?.error ? html`<p class="error"><code>${snapshot.journey.error.code}</code> ${snapshot.journey.error.message}</p>` : null}
                </section>
                ${
                  clarification
                    ? html`<${Clarification}
                        clarification=${clarification}
                        onAsk=${(text: string) => {
                          setQuestion(text);
                          ask(text);
                        }}
                      />`
                    : null
                }
                ${
                  plan
                    ? html`<section class="plan" aria-label="Plan">
                        <dl class="facts inline">
                          <dt>confidence</dt>
                          <dd data-testid="plan-confidence">${Math.round(plan.confidence * 100)} %</dd>
                          <dt>estimate</dt>
                          <dd>${plan.estimated_duration_seconds} s, $${plan.estimated_cost_usd.toFixed(4)}</dd>
                          <dt>steps</dt>
                          <dd>${plan.steps.length}</dd>
                        </dl>
                        ${plan.reasoning ? html`<p class="reasoning"><span class="label">Reasoning</span> ${plan.reasoning}</p>` : null}
                      </section>`
                    : snapshot.status === 'running'
                      ? html`<p class="muted">Planning…</p>`
                      : null
                }
                ${diagram ? html`<${JourneyGraph} diagram=${diagram} stepOfNode=${stepOfNode} statusOf=${statusOf} selected=${selected} onSelect=${setSelected} />` : null}
                ${
                  allStepIds.length
                    ? html`<nav class="steps" aria-label="Steps">
                        <ul>
                          ${allStepIds.map((id) => {
                            const step = stepById.get(id);
                            return html`<li>
                              <button
                                type="button"
                                class=${selected === id ? 'step current' : 'step'}
                                aria-pressed=${selected === id}
                                data-step=${id}
                                data-status=${statusOf(id)}
                                onClick=${() => setSelected(id)}
                              >
                                <span class=${`dot ${statusOf(id)}`} aria-hidden="true"></span>
                                <span class="step-id">${id}</span>
                                <span class="muted"
                                  >${step?.agent_id ?? plan?.steps.find((s) => s.step_id === id)?.agent_id}</span
                                >
                                <span class="step-status"
                                  >${statusOf(id)}${step?.duration_ms !== undefined && step.status !== 'running' ? ` · ${formatMs(step.duration_ms)}` : ''}</span
                                >
                              </button>
                            </li>`;
                          })}
                        </ul>
                      </nav>`
                    : null
                }
                ${selected ? html`<${StepDetail} step=${stepById.get(selected)} planStep=${plan?.steps.find((s) => s.step_id === selected)} />` : null}`
        }
      </main>
    </div>`;
}
