import type { WorkflowStep } from '@mesh/a2a-contracts';
import type { JourneySnapshotStep } from '../../src/journeys/journey-snapshot.util';
import { CodeBlock } from './code-block';
import { html } from './html';

type Fields = Record<string, unknown>;

function record(value: unknown): Fields | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function percent(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value * 100)} %` : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function Passages({ passages }: { passages: unknown[] }) {
  return html`<section aria-label="Passages">
    <h3>Passages (${passages.length})</h3>
    <ol class="passages">
      ${passages.map((p) => {
        const passage = record(p) ?? {};
        return html`<li class="passage">
          <div class="passage-head">
            <strong>${text(passage['title']) ?? text(passage['id']) ?? 'passage'}</strong>
            ${typeof passage['score'] === 'number' ? html`<span class="score" title="retrieval score">${(passage['score'] as number).toFixed(2)}</span>` : null}
          </div>
          ${text(passage['source']) ? html`<div class="source">source: <code>${passage['source']}</code></div>` : null}
          <p>${text(passage['text']) ?? ''}</p>
        </li>`;
      })}
    </ol>
  </section>`;
}

function Analysis({ analysis }: { analysis: Fields }) {
  const entities = record(analysis['entities']);
  return html`<section aria-label="Analysis">
    <h3>Analysis</h3>
    <dl class="facts">
      ${
        text(analysis['intent'])
          ? html`<dt>intent</dt>
              <dd>${analysis['intent']}</dd>`
          : null
      }
      ${
        text(analysis['complexity'])
          ? html`<dt>complexity</dt>
              <dd>${analysis['complexity']}</dd>`
          : null
      }
      ${
        percent(analysis['confidence'])
          ? html`<dt>confidence</dt>
              <dd data-testid="analysis-confidence">${percent(analysis['confidence'])}</dd>`
          : null
      }
      ${
        stringList(analysis['required_platforms']).length
          ? html`<dt>platforms</dt>
              <dd>${stringList(analysis['required_platforms']).join(', ')}</dd>`
          : null
      }
    </dl>
    ${text(analysis['reasoning']) ? html`<p class="reasoning"><span class="label">Reasoning</span> ${analysis['reasoning']}</p>` : null}
    ${
      entities
        ? html`<details>
            <summary>Entities</summary>
            <pre class="json">${JSON.stringify(entities, null, 2)}</pre>
          </details>`
        : null
    }
  </section>`;
}

function DataOutput({ output, platform }: { output: Fields; platform: string }) {
  const tables = stringList(output['tables']);
  const notes = stringList(output['notes']);
  return html`<section aria-label="Generated query">
    <h3>Query</h3>
    <${CodeBlock} code=${String(output['query'])} platform=${text(output['platform']) ?? platform} />
    ${tables.length ? html`<p><span class="label">Tables</span> ${tables.map((t) => html`<code class="chip">${t}</code> `)}</p>` : null}
    ${text(output['explanation']) ? html`<p class="reasoning"><span class="label">Explanation</span> ${output['explanation']}</p>` : null}
    ${percent(output['confidence']) ? html`<p><span class="label">Confidence</span> ${percent(output['confidence'])}</p>` : null}
    ${
      notes.length
        ? html`<ul class="notes">
            ${notes.map((n) => html`<li>${n}</li>`)}
          </ul>`
        : null
    }
  </section>`;
}

/** One step: what it is, how it went, and its output (passages, query, analysis), raw JSON last. */
export function StepDetail({
  step,
  planStep,
}: {
  step: JourneySnapshotStep | undefined;
  planStep: WorkflowStep | undefined;
}) {
  const stepId = step?.step_id ?? planStep?.step_id ?? '';
  const status = step?.status ?? 'pending';
  const output = record(step?.output);
  const parameters = record(planStep?.parameters) ?? {};
  const analysis = record(parameters['query_analysis']);
  const passages = Array.isArray(output?.['passages']) ? (output['passages'] as unknown[]) : undefined;
  return html`<article class="step-detail" aria-labelledby="step-detail-title" data-testid="step-detail">
    <h2 id="step-detail-title" tabindex="-1">${stepId}</h2>
    <dl class="facts">
      <dt>agent</dt>
      <dd>${step?.agent_id ?? planStep?.agent_id}</dd>
      <dt>action</dt>
      <dd>${step?.action ?? planStep?.action}</dd>
      <dt>status</dt>
      <dd><span class=${`badge ${status}`}>${status}</span></dd>
      ${
        step?.duration_ms !== undefined && status !== 'running'
          ? html`<dt>duration</dt>
              <dd>${formatMs(step.duration_ms)}</dd>`
          : null
      }
      ${
        planStep?.depends_on.length
          ? html`<dt>after</dt>
              <dd>${planStep.depends_on.join(', ')}</dd>`
          : null
      }
    </dl>
    ${step?.error ? html`<p class="error" role="alert"><code>${step.error.code}</code> ${step.error.message}</p>` : null}
    ${passages ? html`<${Passages} passages=${passages} />` : null}
    ${output && typeof output['query'] === 'string' ? html`<${DataOutput} output=${output} platform=${text(parameters['platform']) ?? ''} />` : null}
    ${analysis ? html`<${Analysis} analysis=${analysis} />` : null}
    ${
      step?.output !== undefined
        ? html`<details>
            <summary>Output as JSON</summary>
            <pre class="json">${JSON.stringify(step.output, null, 2)}</pre>
          </details>`
        : null
    }
    ${status === 'pending' || status === 'running' ? html`<p class="muted">${status === 'running' ? 'Running…' : 'Not started yet.'}</p>` : null}
  </article>`;
}
