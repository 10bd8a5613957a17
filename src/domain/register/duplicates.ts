/**
 * Remembers where each key was first seen. `seen(key, row)` gives the earlier row for a repeat,
 * undefined the first time.
 */
export function firstRowTracker(): (key: string, row: number) => number | undefined {
  const firstRows = new Map<string, number>();
  return (key, row) => {
    const first = firstRows.get(key);
    if (first === undefined) firstRows.set(key, row);
    return first;
  };
}
