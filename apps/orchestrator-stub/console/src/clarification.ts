import { html } from './html';

/** What the planner asks when the question carries nothing to act on. */
export interface ClarificationView {
  readonly question: string;
  readonly missing: string[];
  readonly suggestions: string[];
}

/** The journey's `clarification` (status `input_required`), read defensively; undefined when absent. */
export function readClarification(journey: unknown): ClarificationView | undefined {
  const value =
    journey !== null && typeof journey === 'object' ? (journey as Record<string, unknown>)['clarification'] : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const fields = value as Record<string, unknown>;
  const strings = (list: unknown): string[] =>
    Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  return {
    question: typeof fields['question'] === 'string' ? fields['question'] : 'The planner needs more to go on.',
    missing: strings(fields['missing']),
    suggestions: strings(fields['suggestions']),
  };
}

/** The planner's question, what it missed, and its suggestions as buttons that ask them. */
export function Clarification({
  clarification,
  onAsk,
}: {
  clarification: ClarificationView;
  onAsk: (text: string) => void;
}) {
  return html`<section class="clarification" role="status" data-testid="clarification">
    <h3>The planner needs more</h3>
    <p class="clarification-question">${clarification.question}</p>
    ${clarification.missing.length ? html`<p><span class="label">Missing</span> ${clarification.missing.map((m) => html`<span class="chip">${m}</span> `)}</p>` : null}
    ${
      clarification.suggestions.length
        ? html`<div class="suggestions">
            <span class="label">Try</span>
            ${clarification.suggestions.map((s) => html`<button type="button" class="suggestion" onClick=${() => onAsk(s)}>${s}</button>`)}
          </div>`
        : null
    }
  </section>`;
}
