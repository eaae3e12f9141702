import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CreateJourneyRequest } from '@mesh/a2a-contracts';
import type { OrchestratorJourney } from './journey-runner';
import { JourneysService } from './journeys.service';

/** `?async=true` or `Prefer: respond-async` (RFC 7240): answer 202 at once, the client polls `GET /journeys/{id}`. */
export function wantsAsync(asyncQuery: string | undefined, prefer: string | undefined): boolean {
  return /^(true|1|yes)$/i.test(asyncQuery ?? '') || /(^|[,;\s])respond-async\s*($|[,;])/i.test(prefer ?? '');
}

@Controller('journeys')
export class JourneysController {
  constructor(private readonly journeys: JourneysService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  async create(
    @Body() request: CreateJourneyRequest,
    @Query('async') asyncQuery: string | undefined,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrchestratorJourney> {
    const respondAsync = wantsAsync(asyncQuery, prefer);
    const journey = await this.journeys.create(request, { respondAsync });
    if (respondAsync) response.status(HttpStatus.ACCEPTED).location(`/journeys/${encodeURIComponent(journey.journey_id)}`).setHeader('preference-applied', 'respond-async');
    return journey;
  }

  @Get(':journeyId')
  find(@Param('journeyId') journeyId: string): OrchestratorJourney {
    return this.journeys.find(journeyId);
  }
}
