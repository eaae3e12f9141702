import Prism from 'prismjs';
import 'prismjs/components/prism-sql';
import 'prismjs/components/prism-kusto';
import 'prismjs/components/prism-splunk-spl';
import { useState } from 'preact/hooks';
import { html } from './html';

/** The Prism grammar of each data platform of the mesh. */
const GRAMMAR_OF_PLATFORM: ReadonlyMap<string, string> = new Map([
  ['kql', 'kusto'],
  ['spl', 'splunk-spl'],
  ['sql', 'sql'],
]);

/** Highlighted HTML of `code` (Prism escapes the text itself); plain escaped text for an unknown platform. */
export function highlight(code: string, platform: string): string {
  const name = GRAMMAR_OF_PLATFORM.get(platform.toLowerCase());
  const grammar = name ? Prism.languages[name] : undefined;
  if (name && grammar) return Prism.highlight(code, grammar, name);
  return code.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** A generated query, highlighted for its platform, with a copy button. */
export function CodeBlock({ code, platform }: { code: string; platform: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = (): void => {
    copyText(code).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
    setTimeout(() => setCopied('idle'), 2000);
  };
  return html`<div class="code-block">
    <div class="code-head">
      <span class="code-lang">${platform.toUpperCase()}</span>
      <button type="button" class="copy" onClick=${copy} aria-label="Copy the query">
        ${copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
      </button>
    </div>
    <pre
      class=${`language-${GRAMMAR_OF_PLATFORM.get(platform.toLowerCase()) ?? 'none'}`}
    ><code data-testid="query" dangerouslySetInnerHTML=${{ __html: highlight(code, platform) }}></code></pre>
  </div>`;
}
