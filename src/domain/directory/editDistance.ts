/** Edit distance for typo-tolerant matching (Damerau–Levenshtein, optimal string alignment), with a cut-off. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[cols - 1]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** Every string made by deleting one character: the key of a symmetric-delete index for distance-1 lookups. */
export function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i += 1) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}
