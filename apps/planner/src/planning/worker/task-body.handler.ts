import { A2ATaskRequest, type A2AErrorCode } from '@mesh/a2a-contracts';
import { A2ARequestException, createValidationPipe, cutCappedMembers, guardJsonBody } from '@mesh/nest-a2a';
import { SCHEMA_HINTS_CAPS } from '../../app/schema-hints-caps';
import type { A2ATaskService } from '../a2a-task.service';
import type { PlannerMetrics } from '../planner.metrics';

/** A call the task made on the metrics, to be made again where the metrics live (the main thread). */
export type MetricCall =
  | { readonly method: 'planned'; readonly args: Parameters<PlannerMetrics['planned']> }
  | { readonly method: 'answered'; readonly args: Parameters<PlannerMetrics['answered']> };

/** What `POST /a2a/task` answers for a body read as text, in a form that crosses a thread (plain data). */
export type TaskBodyAnswer = {
  readonly taskId?: string;
  readonly journeyId?: string;
  readonly metrics: readonly MetricCall[];
} & (
  | { readonly kind: 'answer'; readonly json: string }
  | { readonly kind: 'malformed' }
  | {
      readonly kind: 'refused';
      readonly code: A2AErrorCode;
      readonly message: string;
      readonly details: unknown[];
      readonly status: number;
    }
  | { readonly kind: 'failed'; readonly message: string; readonly stack?: string }
);

/** Metrics that keep the calls for {@link MetricCall} replay. */
export class RecordedMetrics {
  readonly calls: MetricCall[] = [];

  planned(...args: Parameters<PlannerMetrics['planned']>): void {
    this.calls.push({ method: 'planned', args });
  }

  answered(...args: Parameters<PlannerMetrics['answered']>): void {
    this.calls.push({ method: 'answered', args });
  }
}

// body-parser's strict mode: the first character that is not JSON white space opens an object or an array.
// eslint-disable-next-line no-control-regex
const FIRST_NON_WHITESPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d]|$)/;

const pipe = createValidationPipe();
// As express.text decodes a UTF-8 body: a byte-order mark dropped, bad sequences as U+FFFD.
const utf8 = new TextDecoder('utf-8');

/**
 * Everything the app does to a `POST /a2a/task` JSON body after reading it, in one call that can run
 * in a worker thread: decoding, the member-capped parse (as `memberCapJsonBodyParser`), the JSON guard, the
 * validation pipe, the task (`A2ATaskService.handle`, built by `tasks` around metrics that record)
 * and the answer's JSON. The caller turns a refusal back into the exception the filter formats.
 */
export async function answerTaskBody(
  body: Uint8Array | string,
  tasks: (metrics: RecordedMetrics) => A2ATaskService,
): Promise<TaskBodyAnswer> {
  const metrics = new RecordedMetrics();
  const text = typeof body === 'string' ? body : utf8.decode(body);
  let parsed: unknown;
  try {
    const first = FIRST_NON_WHITESPACE.exec(text)?.[1];
    if (first !== '{' && first !== '[') return { kind: 'malformed', metrics: [] };
    parsed = JSON.parse(cutCappedMembers(text, SCHEMA_HINTS_CAPS));
  } catch {
    return { kind: 'malformed', metrics: [] };
  }
  const rawTaskId = (parsed as { task_id?: unknown } | null)?.task_id;
  const taskId = typeof rawTaskId === 'string' ? rawTaskId : undefined;
  const rawJourneyId = (parsed as { parameters?: { execution_context?: { journey_id?: unknown } } } | null)?.parameters
    ?.execution_context?.journey_id;
  const journeyId = typeof rawJourneyId === 'string' ? rawJourneyId : undefined;
  try {
    const refusal = guardJsonBody(parsed);
    if (refusal) throw refusal;
    const request = (await pipe.transform(parsed, { type: 'body', metatype: A2ATaskRequest })) as A2ATaskRequest;
    const response = await tasks(metrics).handle(request);
    return { kind: 'answer', json: JSON.stringify(response), taskId, journeyId, metrics: metrics.calls };
  } catch (error) {
    if (error instanceof A2ARequestException) {
      const { code, message, details } = error;
      return {
        kind: 'refused',
        code,
        message,
        details,
        status: error.getStatus(),
        taskId,
        journeyId,
        metrics: metrics.calls,
      };
    }
    return {
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
      taskId,
      journeyId,
      metrics: metrics.calls,
    };
  }
}
