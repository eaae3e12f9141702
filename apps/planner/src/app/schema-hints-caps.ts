import { FREE_FORM_RESERVED_KEYS, SCHEMA_HINTS_MAX_DEPTH } from '@mesh/a2a-contracts';
import { SCHEMA_CATALOG_LIMITS } from '@mesh/planner-core';
import type { MemberCapOptions } from '@mesh/nest-a2a';

/**
 * How much of `schema_hints` the body parser reads: the first `SCHEMA_CATALOG_LIMITS.entries`
 * members of each object and array in it (the catalog reads no more). Members beyond are cut out of
 * the body before it is parsed — not read, nor validated — unless one of them holds what the JSON
 * guard or the free-form validator rejects (then the whole body is parsed and rejected as before).
 */
export const SCHEMA_HINTS_CAPS: MemberCapOptions = {
  paths: [
    // POST /a2a/task
    ['parameters', 'execution_context', 'schema_hints'],
    // A2A JSON-RPC SendMessage / SendStreamingMessage, and HTTP+JSON message:send: a data part's parameters
    ['params', 'message', 'parts', '*', 'data', 'execution_context', 'schema_hints'],
    ['message', 'parts', '*', 'data', 'execution_context', 'schema_hints'],
  ],
  maxMembers: SCHEMA_CATALOG_LIMITS.entries,
  reservedKeys: FREE_FORM_RESERVED_KEYS,
  maxDepthBelow: SCHEMA_HINTS_MAX_DEPTH,
};
