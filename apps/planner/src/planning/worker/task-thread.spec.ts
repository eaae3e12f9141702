import { TaskThread } from './task-thread';

/** Waits until `condition` holds (polling), or fails after `ms`. */
async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('TaskThread warmth', () => {
  const threads: Array<TaskThread<unknown, unknown>> = [];
  afterEach(async () => {
    await Promise.all(threads.splice(0).map((thread) => thread.close()));
  });
  const start = (script: string, announcesWarm?: boolean) => {
    const thread = new TaskThread<unknown, unknown>({ script, eval: true, announcesWarm });
    threads.push(thread);
    return thread;
  };

  it('is warm at once when the script does not announce it', () => {
    expect(start(`require('node:worker_threads').parentPort.on('message', () => {});`).warm).toBe(true);
  });

  it('is not warm until a script that announces it says so, and answers tasks meanwhile', async () => {
    const thread = start(
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (m) => m.input === 'warm-up now' ? parentPort.postMessage({ warm: true }) : parentPort.postMessage({ id: m.id, output: m.input + '!' }));`,
      true,
    );

    expect(thread.warm).toBe(false);
    await expect(thread.run('task')).resolves.toBe('task!');
    expect(thread.warm).toBe(false);
    void thread.run('warm-up now');
    await until(() => thread.warm);
  });

  it('is not warm after it is closed', async () => {
    const thread = start(`require('node:worker_threads').parentPort.on('message', () => {});`);
    await thread.close();
    expect(thread.warm).toBe(false);
  });
});
