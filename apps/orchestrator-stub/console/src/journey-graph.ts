import type { Mermaid } from 'mermaid';
import { useEffect, useRef, useState } from 'preact/hooks';
import { usePrefersDark } from './color-scheme';
import { html } from './html';

declare global {
  interface Window {
    /** Mermaid's browser build, loaded by index.html from the orchestrator (vendor/mermaid.min.js). */
    mermaid?: Mermaid;
  }
}

let renderCount = 0;

/** The Mermaid node id (`s0`, …) inside the id Mermaid gives the node's SVG group. */
function nodeIdOf(element: Element): string | undefined {
  return /flowchart-(s\d+)-\d+$/.exec(element.id)?.[1] ?? element.getAttribute('data-id') ?? undefined;
}

/** Makes each node of the rendered SVG a keyboard-usable button for its step. */
function decorate(
  container: HTMLElement,
  stepOfNode: ReadonlyMap<string, string>,
  statusOf: (stepId: string) => string,
  select: (stepId: string) => void,
): void {
  for (const node of container.querySelectorAll('g.node')) {
    const stepId = stepOfNode.get(nodeIdOf(node) ?? '');
    if (stepId === undefined) continue;
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('data-step-id', stepId);
    node.setAttribute('data-status', statusOf(stepId));
    node.setAttribute('aria-label', `Step ${stepId}, ${statusOf(stepId)}: show its output`);
    node.addEventListener('click', () => select(stepId));
    node.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        select(stepId);
      }
    });
  }
}

export interface JourneyGraphProps {
  /** Mermaid flowchart text. */
  readonly diagram: string;
  /** Step id of each node id of the diagram. */
  readonly stepOfNode: ReadonlyMap<string, string>;
  readonly statusOf: (stepId: string) => string;
  readonly selected: string | null;
  readonly onSelect: (stepId: string) => void;
}

/** The plan as a Mermaid graph, redrawn when the diagram changes; click or Enter on a node selects its step. */
export function JourneyGraph({ diagram, stepOfNode, statusOf, selected, onSelect }: JourneyGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(0);
  const dark = usePrefersDark();
  const latest = useRef({ stepOfNode, statusOf, onSelect });
  latest.current = { stepOfNode, statusOf, onSelect };

  // Renders take a while (Mermaid lays the graph out): draw the newest diagram whenever a render ends,
  // rather than dropping renders overtaken by newer events, so a busy journey still moves on screen.
  const wanted = useRef({ diagram, dark });
  wanted.current = { diagram, dark };
  const busy = useRef(false);
  const shown = useRef('');
  useEffect(() => {
    const mermaid = window.mermaid;
    if (!mermaid) {
      setError('The graph library did not load (vendor/mermaid.min.js).');
      return;
    }
    const pump = async (): Promise<void> => {
      if (busy.current) return;
      busy.current = true;
      try {
        for (;;) {
          const next = wanted.current;
          const key = `${next.dark}\n${next.diagram}`;
          if (key === shown.current || !container.current) break;
          mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: next.dark ? 'dark' : 'default',
            flowchart: { htmlLabels: true, useMaxWidth: true },
          });
          renderCount += 1;
          const { svg } = await mermaid.render(`journey-graph-${renderCount}`, next.diagram);
          if (!container.current) break;
          const focusedStep = document.activeElement?.getAttribute('data-step-id');
          container.current.innerHTML = svg;
          const { stepOfNode: nodes, statusOf: status, onSelect: select } = latest.current;
          decorate(container.current, nodes, status, (stepId) => select(stepId));
          if (focusedStep)
            container.current.querySelector<SVGGElement>(`g.node[data-step-id="${CSS.escape(focusedStep)}"]`)?.focus();
          shown.current = key;
          setError(null);
          setDrawn((n) => n + 1);
        }
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        busy.current = false;
      }
    };
    void pump();
  }, [diagram, dark]);

  useEffect(() => {
    for (const node of container.current?.querySelectorAll('g.node[data-step-id]') ?? []) {
      node.classList.toggle('selected', node.getAttribute('data-step-id') === selected);
    }
  }, [selected, drawn]);

  return html`<div class="graph-wrap">
    ${error ? html`<p class="error" role="alert">Could not draw the plan: ${error}</p>` : null}
    <div class="graph" ref=${container} data-testid="graph" data-drawn=${drawn}></div>
  </div>`;
}
