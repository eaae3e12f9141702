/**
 * A JSON request body read as UTF-8 bytes (within the body limit, inflated, not decoded) and left for
 * the route to decode and parse elsewhere, e.g. in a worker thread: the body parser's `defer` option
 * puts one in `request.body`. The validation pipe and the JSON guard pass it on untouched; whoever
 * parses it answers for what they would have checked. `task_id` and `journey_id`, once known, are what
 * error answers and request logs quote.
 */
export class DeferredJsonBody {
  task_id?: string;
  journey_id?: string;

  constructor(public bytes: Uint8Array) {}
}

/** The error the JSON body parser passes on for text that is not JSON (a 400 MALFORMED_JSON on the wire). */
export function malformedJsonError(): Error {
  return Object.assign(new SyntaxError('The request body is not valid JSON.'), {
    status: 400,
    statusCode: 400,
    expose: true,
    type: 'entity.parse.failed',
  });
}
