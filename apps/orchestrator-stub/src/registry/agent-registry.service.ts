import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { A2AErrorCode, AgentDescriptor, validatePlain, type RegistryEntry } from '@mesh/a2a-contracts';
import type { AgentCard } from '@a2a-js/sdk';
import { Clock } from '../app/clock';
import { readAgentCard } from './agent-card.reader';
import { requestJson } from '../clients/http-json.util';
import { unansweredCall } from '../clients/task-reply.util';
import { OrchestratorSettings } from '../config/orchestrator-settings';

/** Unreachable agents are probed again before a journey at most this often. */
const RECHECK_UNREACHABLE_MS = 1000;
/** Unreachable agents are probed again in the background this often (agents may come up after the orchestrator). */
const RETRY_UNREACHABLE_MS = 2000;

interface Slot {
  readonly url: string;
  readonly role: 'planner' | 'agent';
  entry: RegistryEntry;
  /** The A2A card the agent publishes, when it does. */
  card?: AgentCard;
  /** The card read got no answer: read it again before the next journey. */
  cardUnknown?: boolean;
  checkedAtMs: number | null;
  probe: Promise<void> | null;
}

/**
 * The agents of the mesh, read from each one's `GET /a2a/agent`: at start-up (in the
 * background: agents may come up later), all of them every
 * `ORCHESTRATOR_REGISTRY_REFRESH_SECONDS`, the unreachable ones every 2 s, and before a
 * journey when stale. The planner (`PLANNER_URL`) is listed too.
 */
@Injectable()
export class AgentRegistry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AgentRegistry.name);
  private readonly slots: Slot[];
  private timer: NodeJS.Timeout | undefined;
  private lastFullRefreshMs: number | null = null;

  constructor(
    private readonly settings: OrchestratorSettings,
    private readonly clock: Clock,
  ) {
    const slot = (url: string, role: Slot['role']): Slot => ({
      url,
      role,
      entry: { descriptor: { agent_id: url, url }, reachable: false, last_checked_at: null },
      checkedAtMs: null,
      probe: null,
    });
    this.slots = [
      slot(settings.plannerUrl, 'planner'),
      ...settings.agentUrls.filter((u) => u !== settings.plannerUrl).map((u) => slot(u, 'agent')),
    ];
  }

  onApplicationBootstrap(): void {
    void this.refresh();
    this.timer = setInterval(
      () => void this.ensureFresh(),
      Math.min(this.settings.registryRefreshMs, RETRY_UNREACHABLE_MS),
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The registry as `GET /agents` shows it. */
  entries(): RegistryEntry[] {
    return this.slots.map((s) => ({ ...s.entry, descriptor: { ...s.entry.descriptor } }));
  }

  /** The descriptors of the reachable agents, the planner included. */
  reachableDescriptors(): AgentDescriptor[] {
    return this.slots.filter((s) => s.entry.reachable).map((s) => s.entry.descriptor);
  }

  /** Reads every agent's descriptor again. */
  async refresh(): Promise<void> {
    this.lastFullRefreshMs = this.clock.monotonicMs();
    await Promise.all(this.slots.map((slot) => this.probe(slot)));
  }

  /** Before a journey: everything again when the last refresh is old, else the agents that were unreachable. */
  async ensureFresh(): Promise<void> {
    const now = this.clock.monotonicMs();
    if (this.lastFullRefreshMs === null || now - this.lastFullRefreshMs >= this.settings.registryRefreshMs)
      return this.refresh();
    const stale = this.slots.filter(
      (s) =>
        (!s.entry.reachable || s.cardUnknown) &&
        (s.checkedAtMs === null || now - s.checkedAtMs >= RECHECK_UNREACHABLE_MS),
    );
    await Promise.all(stale.map((slot) => this.probe(slot)));
  }

  /** Where an agent of the mesh listens (a reachable one first), or undefined for an agent the registry does not know. */
  urlOf(agentId: string): string | undefined {
    const candidates = this.slots.filter((s) => s.role === 'agent' && s.entry.descriptor.agent_id === agentId);
    return (candidates.find((s) => s.entry.reachable) ?? candidates[0])?.url;
  }

  /** The A2A card of an agent of the mesh (a reachable one first), when it publishes one. */
  cardOf(agentId: string): { card: AgentCard; url: string } | undefined {
    const candidates = this.slots.filter((s) => s.role === 'agent' && s.entry.descriptor.agent_id === agentId);
    const slot = candidates.find((s) => s.entry.reachable) ?? candidates[0];
    return slot?.card ? { card: slot.card, url: slot.url } : undefined;
  }

  /** A call to the agent at `url` got no answer: it is unreachable until it answers a probe again. */
  markUnreachable(url: string, reason: string): void {
    const slot = this.slots.find((s) => s.url === url);
    if (!slot) return;
    if (slot.entry.reachable) this.logger.warn(`${slot.entry.descriptor.agent_id} at ${url} is unreachable: ${reason}`);
    slot.entry = {
      ...slot.entry,
      reachable: false,
      last_checked_at: this.clock.now().toISOString(),
      last_error: reason,
    };
    slot.checkedAtMs = this.clock.monotonicMs();
  }

  private probe(slot: Slot): Promise<void> {
    slot.probe ??= this.read(slot).finally(() => {
      slot.probe = null;
    });
    return slot.probe;
  }

  private async read(slot: Slot): Promise<void> {
    const timeoutMs = this.settings.probeTimeoutMs;
    let problem: string | undefined;
    let descriptor: AgentDescriptor | undefined;
    // The planner is called over /a2a/task (its API key, its input_required answer); agents over A2A when they publish a card.
    const card =
      slot.role === 'agent' ? readAgentCard(slot.url, timeoutMs) : Promise.resolve({ kind: 'none' as const });
    try {
      // The planner's key goes to the planner only (with PLANNER_API_KEY set it answers 401 without it).
      const headers: Record<string, string> =
        slot.role === 'planner' && this.settings.plannerApiKey
          ? { authorization: `Bearer ${this.settings.plannerApiKey}` }
          : {};
      const reply = await requestJson({
        method: 'GET',
        url: `${slot.url}/a2a/agent`,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        maxBytes: 4 * 1024 * 1024,
      });
      const checked = reply.status === 200 ? validatePlain(AgentDescriptor, reply.body) : undefined;
      if (reply.status !== 200) problem = `GET /a2a/agent answered HTTP ${reply.status}`;
      else if (checked && !checked.ok)
        problem = `GET /a2a/agent answered an invalid descriptor (${checked.failures.map((f) => f.property || 'body').join(', ')})`;
      else if (checked?.ok) descriptor = { ...checked.value, url: slot.url };
    } catch (error) {
      problem = unansweredCall(error, 'GET /a2a/agent', timeoutMs, {
        timeout: A2AErrorCode.AgentUnavailable,
        unreachable: A2AErrorCode.AgentUnavailable,
      }).message;
    }
    const wasReachable = slot.entry.reachable;
    slot.checkedAtMs = this.clock.monotonicMs();
    const last_checked_at = this.clock.now().toISOString();
    const reading = await card;
    // A card read that got no answer keeps what was known and is tried again before the next journey.
    if (reading.kind !== 'no_answer') slot.card = reading.kind === 'card' ? reading.card : undefined;
    slot.cardUnknown = reading.kind === 'no_answer';
    const protocol = slot.card ? ('a2a' as const) : ('a2a_task' as const);
    if (descriptor) {
      slot.entry = { descriptor, reachable: true, last_checked_at, protocol };
      if (!wasReachable) this.logger.log(`${descriptor.agent_id} at ${slot.url} is reachable`);
    } else {
      slot.entry = {
        descriptor: slot.entry.descriptor,
        reachable: false,
        last_checked_at,
        last_error: problem,
        protocol,
      };
      if (wasReachable)
        this.logger.warn(`${slot.entry.descriptor.agent_id} at ${slot.url} became unreachable: ${problem}`);
    }
  }
}
