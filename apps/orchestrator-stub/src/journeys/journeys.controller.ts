import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
  Sse,
  type MessageEvent,
} from '@nestjs/common';
import { CreateJourneyRequest } from '@mesh/a2a-contracts';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import type { OrchestratorJourney } from './journey-runner';
import type { JourneySnapshot } from './journey-snapshot.util';
import { JourneysService, type JourneySummary } from './journeys.service';

/** `Prefer: respond-async` (RFC 7240) or `?async=true` asks `POST /journeys` for a 202 and the journey id at once. */
export function wantsAsync(prefer: string | undefined, asyncQuery?: string): boolean {
  return /^(true|1|yes)$/i.test(asyncQuery ?? '') || /(^|[,\s])respond-async($|[,;\s])/i.test(prefer ?? '');
}

/** A `Last-Event-ID` header as a sequence number; 0 (replay everything) when absent or not a number. */
function lastSeq(header: string | undefined): number {
  const value = Number(header);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

@Controller('journeys')
export class JourneysController {
  constructor(private readonly journeys: JourneysService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  create(
    @Body() request: CreateJourneyRequest,
    @Headers('prefer') prefer: string | undefined,
    @Query('async') asyncQuery: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrchestratorJourney> | JourneySnapshot {
    if (!wantsAsync(prefer, asyncQuery)) return this.journeys.create(request);
    const accepted = this.journeys.start(request);
    response
      .status(HttpStatus.ACCEPTED)
      .location(`/journeys/${encodeURIComponent(accepted.journey_id)}`)
      .setHeader('preference-applied', 'respond-async');
    return accepted;
  }

  @Get()
  list(): JourneySummary[] {
    return this.journeys.list();
  }

  @Get(':journeyId')
  find(@Param('journeyId') journeyId: string): OrchestratorJourney | JourneySnapshot {
    return this.journeys.find(journeyId);
  }

  @Sse(':journeyId/events')
  events(
    @Param('journeyId') journeyId: string,
    @Headers('last-event-id') lastEventId: string | undefined,
  ): Observable<MessageEvent> {
    return this.journeys.stream(journeyId, lastSeq(lastEventId));
  }
}
