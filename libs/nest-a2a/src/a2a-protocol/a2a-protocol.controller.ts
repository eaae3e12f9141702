import { All, Controller, Get, HttpCode, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PublicRoute } from '../protection/public-route.decorator';
import { A2AProtocolExceptionFilter } from './a2a-protocol.filter';
import { A2AProtocolServer } from './a2a-protocol.server';

/**
 * The official A2A routes, as Nest routes so the API key, rate limit, request id, logs and
 * metrics apply as on `/a2a/task`; the SDK's handlers answer. The card is public.
 */
@ApiExcludeController()
@UseFilters(A2AProtocolExceptionFilter)
@Controller()
export class A2AProtocolController {
  constructor(private readonly server: A2AProtocolServer) {}

  @Get('.well-known/agent-card.json')
  @PublicRoute()
  card(@Req() request: Request, @Res() response: Response): void {
    this.server.dispatch(request, response);
  }

  @Post('a2a/jsonrpc')
  @HttpCode(200)
  jsonRpc(@Req() request: Request, @Res() response: Response): void {
    this.server.dispatch(request, response);
  }

  @All('a2a/rest/*path')
  @HttpCode(200)
  rest(@Req() request: Request, @Res() response: Response): void {
    this.server.dispatch(request, response);
  }
}
