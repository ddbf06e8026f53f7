// The built-in offline provider: classifies by word overlap (Jaccard) with ground-truth examples.
export type Example = { text: string; label: string };

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The label of the most similar example (ties: the earliest), or the first output class without examples. */
export function classifyOffline(text: string, examples: Example[], outputClasses: string[]): string | null {
  const target = words(text);
  let best: Example | null = null;
  let bestScore = -1;
  for (const example of examples) {
    const score = jaccard(target, words(example.text));
    if (score > bestScore) {
      best = example;
      bestScore = score;
    }
  }
  return best?.label ?? outputClasses[0] ?? null;
}
