import type { QueryInput } from './query-input';

/** Notes on what knowledge was or was not available. Shared by every builder. */
export function addKnowledgeNotes(input: QueryInput, notes: string[]): void {
  if (!input.useKnowledge) return;
  if (input.knowledge.length === 0) {
    notes.push('use_knowledge was set but no knowledge passages were given');
    return;
  }
  const titles = input.knowledge
    .slice(0, 3)
    .map((p) => `"${p.title}"`)
    .join(', ');
  notes.push(`read ${input.knowledge.length} knowledge passage(s); most relevant: ${titles}`);
}
