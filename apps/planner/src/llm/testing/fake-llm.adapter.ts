import {
  LlmCallError,
  type LlmChatRequest,
  type LlmChatResult,
  type LlmPort,
  type LlmProbe,
  type LlmProvider,
} from '../llm.port';

/** What the fake does for one call: an answer, or an error to throw. */
export type FakeLlmStep = LlmChatResult | LlmCallError | ((request: LlmChatRequest) => LlmChatResult | LlmCallError);

/**
 * A deterministic stand-in for the LLM port in unit tests: scripted steps used in order, then
 * the default step; every call recorded. Calls may be held until released, to test
 * concurrency. Lives under `testing/`, which the production build leaves out.
 */
export class FakeLlmAdapter implements LlmPort {
  readonly provider: LlmProvider = 'ollama';
  readonly model: string;
  readonly calls: LlmChatRequest[] = [];
  warmUps = 0;
  private readonly steps: FakeLlmStep[] = [];
  private readonly probeResult: LlmProbe | LlmCallError;
  private gate: Promise<void> | undefined;
  private openGate: (() => void) | undefined;

  constructor(
    private readonly fallback: FakeLlmStep = new LlmCallError('unreachable', 'fake: no answer scripted'),
    options: { readonly model?: string; readonly probe?: LlmProbe | LlmCallError } = {},
  ) {
    this.model = options.model ?? 'fake-llama';
    this.probeResult = options.probe ?? { version: 'fake', models: [`${this.model}:latest`], modelPresent: true };
  }

  script(...steps: FakeLlmStep[]): this {
    this.steps.push(...steps);
    return this;
  }

  /** Holds every call until {@link release}. */
  hold(): this {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
    return this;
  }

  release(): void {
    this.openGate?.();
    this.gate = undefined;
  }

  async chat(request: LlmChatRequest): Promise<LlmChatResult> {
    this.calls.push(request);
    if (this.gate) await this.gate;
    if (request.signal.aborted) throw new LlmCallError('timeout', 'fake: aborted');
    const step = this.steps.shift() ?? this.fallback;
    const outcome = typeof step === 'function' ? step(request) : step;
    if (outcome instanceof LlmCallError) throw outcome;
    return outcome;
  }

  async warmUp(): Promise<void> {
    this.warmUps += 1;
  }

  async probe(): Promise<LlmProbe> {
    if (this.probeResult instanceof LlmCallError) throw this.probeResult;
    return this.probeResult;
  }
}

/** A fake answer: `content` as JSON text, with token counts. */
export function fakeAnswer(content: object | string, extra: Partial<LlmChatResult> = {}): LlmChatResult {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return { content: text, finishReason: 'stop', promptTokens: 200, completionTokens: 80, ...extra };
}
