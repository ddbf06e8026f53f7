// Writes N Scale GenAI tasks as JSONL (seed 002's shape: 2 threads x 2 turns x 3 messages, annotations at every
// level, chunks on the assistant's answer). Usage: tsx bench/generate-scale-tasks.ts <count> > tasks.jsonl
const count = Number(process.argv[2] ?? 1000);
// Scale writes whole seconds without milliseconds.
const scaleTime = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const annotation = (id: string, key: string) => ({
  id,
  key,
  type: 'integer',
  title: 'Response Formatting',
  description: 'Does the response contain issues with formatting?',
  labels: ['Major Issues', 'Minor Issues', 'No Issues'],
  metadata: { criteria: 'overall_quality' },
  value: 1 + (key.length % 3),
  possible_values: [[1, 2, 3]],
});
for (let i = 0; i < count; i++) {
  const threads = [0, 1].map((th) => ({
    id: `thread_${i}_${th}`,
    annotations: [annotation(`an_${i}_${th}`, 'thread_quality')],
    turns: [0, 1].map((tu) => ({
      id: `turn_${i}_${th}_${tu}`,
      annotations: [annotation(`an_${i}_${th}_${tu}`, 'turn_quality')],
      messages: [
        { role: 'system', content: { text: 'You are a helpful assistant.' }, annotations: [] },
        {
          role: 'user',
          content: {
            text: `Question ${i}.${th}.${tu}: how do I reset my router?`,
            reference_texts: [{ content: 'Manual p. 12', category: 'manual', url: 'https://example.com/manual' }],
          },
          annotations: [],
        },
        {
          role: 'assistant',
          source_id: 'source_bench',
          model_parameters: {
            model: 'bench-model',
            temperature: 0.7,
            max_completion_tokens: 512,
            top_p: 0.9,
            top_k: 40,
          },
          content: {
            text: 'Hold the reset button for ten seconds. Then reconnect.',
            chunks: [
              {
                type: 'text',
                text: 'Hold the reset button for ten seconds.',
                annotations: [annotation(`an_c_${i}_${th}_${tu}`, 'chunk_ok')],
              },
            ],
            reasoning: [{ content: 'Short steps.' }],
          },
          annotations: [annotation(`an_m_${i}_${th}_${tu}`, 'formatting')],
        },
      ],
    })),
  }));
  const status = i % 10 === 0 ? 'pending' : 'completed';
  process.stdout.write(
    `${JSON.stringify({
      task_id: `task_bench_${i}`,
      project: 'project_bench',
      batch: `batch_${i % 20}`,
      status,
      created_at: scaleTime(Date.UTC(2026, 0, 1) + i * 60_000),
      ...(status === 'completed' ? { completed_at: scaleTime(Date.UTC(2026, 0, 2) + i * 60_000) } : {}),
      metadata: { index: i },
      threads,
    })}\n`,
  );
}
