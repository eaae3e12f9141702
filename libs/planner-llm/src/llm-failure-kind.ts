/** How one call to the model failed. Adapters classify every error into one of these. */
export const LLM_FAILURE_KINDS = [
  'unreachable',
  'unauthorized',
  'model_missing',
  'timeout',
  'busy',
  'server_error',
  'bad_response',
  'aborted',
] as const;
export type LlmFailureKind = (typeof LLM_FAILURE_KINDS)[number];

/**
 * Why a plan's LLM analysis gave no usable answer: a call's failure, or one decided before or
 * after the call (the circuit was open, every slot was taken, the answer stayed unusable, the
 * answer named no available platform, the merge kept the heuristics).
 */
export type LlmAnalysisFailureKind =
  LlmFailureKind | 'circuit_open' | 'queue_full' | 'invalid_answer' | 'no_platform' | 'answer_rejected';

/** For an exhaustive `switch`: a new union member is a compile error here. */
export function assertUnreachable(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
