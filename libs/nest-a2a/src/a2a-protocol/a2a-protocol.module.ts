import { Module, type DynamicModule } from '@nestjs/common';
import { A2AProtocolController } from './a2a-protocol.controller';
import { A2AProtocolServer } from './a2a-protocol.server';
import { MESH_AGENT_BINDING, type MeshAgentBinding } from './mesh-agent.binding';

/**
 * The official A2A bindings for one agent (card, JSON-RPC, HTTP+JSON), answered by the agent's
 * own task service through its {@link MeshAgentBinding}.
 */
@Module({})
export class A2AProtocolModule {
  static forRootAsync(options: {
    readonly imports?: DynamicModule['imports'];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    readonly inject: any[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    readonly useFactory: (...dependencies: any[]) => MeshAgentBinding;
  }): DynamicModule {
    return {
      module: A2AProtocolModule,
      imports: options.imports ?? [],
      controllers: [A2AProtocolController],
      providers: [
        { provide: MESH_AGENT_BINDING, inject: options.inject, useFactory: options.useFactory },
        A2AProtocolServer,
      ],
      exports: [A2AProtocolServer],
    };
  }
}
