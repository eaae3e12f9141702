import { MESH_AGENTS } from '@mesh/a2a-contracts/wire';

/** The knowledge and data agents of the default loopback mesh (the table `MESH_AGENTS`). */
export const DEFAULT_AGENT_URLS: readonly string[] = MESH_AGENTS.map(
  (agent) => `http://127.0.0.1:${agent.default_port}`,
);

export type UrlListOutcome = { ok: true; urls: string[] } | { ok: false; problem: string };

/** A base URL without its trailing slashes, or a reason it is not an http(s) URL. */
export function normalizeBaseUrl(raw: string): { ok: true; url: string } | { ok: false; problem: string } {
  const text = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, problem: `"${text}" is not a URL` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { ok: false, problem: `"${text}" is not an http(s) URL` };
  if (parsed.search || parsed.hash)
    return { ok: false, problem: `"${text}" must be a base URL without query or fragment` };
  return { ok: true, url: `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '') };
}

function normalizeAll(candidates: readonly string[]): UrlListOutcome {
  const urls: string[] = [];
  for (const candidate of candidates) {
    const outcome = normalizeBaseUrl(candidate);
    if (!outcome.ok) return outcome;
    if (!urls.includes(outcome.url)) urls.push(outcome.url);
  }
  return { ok: true, urls };
}

/** `AGENT_URLS`: comma-separated base URLs; blanks between commas are ignored, duplicates dropped. */
export function parseAgentUrlList(raw: string): UrlListOutcome {
  return normalizeAll(
    raw
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  );
}

/**
 * `AGENTS_FILE` contents: a JSON array, or an object with an `agents` array, whose items are
 * base URLs or objects with a `url`:
 * `{"agents": ["http://127.0.0.1:9101", {"url": "http://127.0.0.1:9201"}]}`.
 */
export function parseAgentsFile(text: string): UrlListOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object'
      ? (json as Record<string, unknown>)['agents']
      : undefined;
  if (!Array.isArray(list))
    return { ok: false, problem: 'expected a JSON array of agents or an object with an "agents" array' };
  const candidates: string[] = [];
  for (const [index, item] of list.entries()) {
    const url =
      typeof item === 'string'
        ? item
        : item && typeof item === 'object'
          ? (item as Record<string, unknown>)['url']
          : undefined;
    if (typeof url !== 'string')
      return { ok: false, problem: `agents[${index}] must be a URL string or an object with a "url" string` };
    candidates.push(url);
  }
  return normalizeAll(candidates);
}

/**
 * The agent URLs to register: those of `AGENT_URLS` then those of `AGENTS_FILE`, without
 * duplicates; the default loopback mesh when neither is set.
 */
export function combineAgentUrls(
  fromEnv: readonly string[] | undefined,
  fromFile: readonly string[] | undefined,
): string[] {
  if (fromEnv === undefined && fromFile === undefined) return [...DEFAULT_AGENT_URLS];
  return [...new Set([...(fromEnv ?? []), ...(fromFile ?? [])])];
}
