export { A2AExceptionFilter } from './a2a-exception.filter';
export { A2ARequestException } from './a2a-request.exception';
export { configureA2AApp, type A2AAppOptions } from './configure-a2a-app';
export { JsonGuardMiddleware, jsonBodyProblem } from './json-guard.middleware';
export { createValidationPipe } from './validation.pipe';
export { EnvBoolean, EnvNumber, EnvString, validateEnv } from './env-validation';
