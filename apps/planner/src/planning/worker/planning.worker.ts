/**
 * The planning worker thread: answers `POST /a2a/task` bodies read as bytes (see `answerTaskBody`),
 * with the heuristic planner built as the app builds it, so the main thread only does HTTP.
 */
import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { ModelReliability } from '@mesh/planner-llm';
import { PlannerSettings } from '../../config/planner-settings';
import type { LlmAnalysisService } from '../../llm/llm-analysis.service';
import { A2ATaskService } from '../a2a-task.service';
import { Clock } from '../clock';
import type { PlannerMetrics } from '../planner.metrics';
import { PlannerService } from '../planner.service';
import { PlanningWarmUp } from '../planning-warm-up.service';
import { IdleCollection, v8Collector } from './idle-collection';
import { answerTaskBody, type RecordedMetrics } from './task-body.handler';
import { warmUpTaskTexts } from './warm-up-bodies';

async function main(): Promise<void> {
  // The main thread logs; this thread has no logger of its own (its debug lines would go to stdout).
  Logger.overrideLogger(false);
  const settings = PlannerSettings.fromEnv(process.env);
  const clock = new Clock();
  // Only the heuristic mode plans here: the LLM analysis is never asked for.
  const heuristicOnly = { mode: 'heuristic' } as LlmAnalysisService;
  const planner = new PlannerService(settings, clock, heuristicOnly, new ModelReliability());
  const tasks = (metrics: RecordedMetrics) =>
    new A2ATaskService(planner, settings, clock, metrics as unknown as PlannerMetrics);
  await new PlanningWarmUp(settings).onApplicationBootstrap();
  const collection = new IdleCollection(v8Collector());
  for (const text of warmUpTaskTexts()) {
    await answerTaskBody(text, tasks);
    // A turn of the event loop between bodies: code the JIT finished compiling meanwhile is installed.
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  // The warm-up's garbage, collected before the first task rather than inside it.
  collection.collectNow();
  parentPort!.postMessage({ warm: true });
  parentPort!.on('message', (message: { id: number; input: Uint8Array }) => {
    collection.started();
    void answerTaskBody(message.input, tasks).then((output) => {
      parentPort!.postMessage({ id: message.id, output });
      collection.finished();
    });
  });
}

void main();
