/// <reference path="./class-transformer-storage.d.ts" />
export { A2AExceptionFilter } from './a2a-exception.filter';
export { A2ARequestException } from './a2a-request.exception';
export { configureA2AApp, type A2AAppOptions } from './configure-a2a-app';
export { guardJsonBody, JsonGuardMiddleware, jsonBodyProblem } from './json-guard.middleware';
export { createValidationPipe } from './validation.pipe';
export {
  cutCappedMembers,
  memberCapCuts,
  parseJsonWithMemberCaps,
  type MemberCapOptions,
} from './body/member-cap-json.util';
export { DeferredJsonBody, malformedJsonError } from './body/deferred-json-body';
export { memberCapJsonBodyParser, type MemberCapJsonBodyOptions } from './body/member-cap-json-body.middleware';
export { EnvBoolean, EnvNumber, EnvString, validateEnv } from './env-validation';
export {
  createLoggingModule,
  pinoParams,
  redactUrl,
  REDACTED_PATHS,
  type AsyncLoggingOptions,
  type LoggingOptions,
} from './observability/logging';
export { LATENCY_BUCKETS, METRICS_REGISTRY, MetricsModule } from './observability/metrics';
export {
  currentRequestId,
  propagationHeaders,
  REQUEST_ID_HEADER,
  requestIdFrom,
  runWithRequestContext,
  type RequestContext,
} from './observability/request-context';
export { RequestContextMiddleware } from './observability/request-context.middleware';
export { presentedKey, ProtectionModule, type ProtectionOptions } from './protection/protection.module';
export { PUBLIC_ROUTE, PublicRoute } from './protection/public-route.decorator';
export { setupApiDocs, type ApiDocsOptions } from './api-docs';
export { validateActionParameters } from './action-parameters';
export { drainTimeoutMs, exitGracefullyOnSignals, runAgentApp, type AgentAppBootstrap } from './bootstrap';
export { HttpDrain, type DrainOptions, type DrainOutcome } from './http-drain';
export { AgentServiceEnv, LOG_LEVELS, type LogLevel } from './agent-env';
export { A2A_PATHS, A2A_PROTOCOL_VERSION } from './a2a-protocol/a2a-paths';
export {
  buildAgentCard,
  agentCardJson,
  MESH_MEDIA_TYPES,
  type AgentCardOptions,
  type MeshSkill,
} from './a2a-protocol/agent-card.builder';
export { BoundedTaskStore, type TaskStoreLimits } from './a2a-protocol/bounded-task.store';
export { MESH_AGENT_BINDING, type MeshAgentBinding } from './a2a-protocol/mesh-agent.binding';
export { readInboundMessage, type InboundMessage } from './a2a-protocol/message-reader.util';
export { A2AProtocolModule } from './a2a-protocol/a2a-protocol.module';
export { A2AProtocolServer } from './a2a-protocol/a2a-protocol.server';
export {
  BoundedEventLog,
  type BoundedEventLogOptions,
  type EventLogSubscriber,
  type LoggedEvent,
} from './streaming/bounded-event-log';
export { eventLogStream } from './streaming/event-log-stream';
export { injectionReport, type InjectionReport } from './injection-metadata';
