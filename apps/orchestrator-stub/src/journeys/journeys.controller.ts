import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CreateJourneyRequest } from '@mesh/a2a-contracts';
import type { OrchestratorJourney } from './journey-runner';
import { JourneysService } from './journeys.service';

@Controller('journeys')
export class JourneysController {
  constructor(private readonly journeys: JourneysService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  create(@Body() request: CreateJourneyRequest): Promise<OrchestratorJourney> {
    return this.journeys.create(request);
  }

  @Get(':journeyId')
  find(@Param('journeyId') journeyId: string): OrchestratorJourney {
    return this.journeys.find(journeyId);
  }
}
