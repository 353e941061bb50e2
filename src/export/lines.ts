// Line numbers of offsets in the user's own file, so every export can name the line a clause is on.

/** 1-based line of a UTF-16 offset (CR LF, LF and CR each end a line). */
export type LineOf = (offset: number) => number;

/** A line lookup over `text`: line starts found once, each lookup a binary search. */
export function makeLineOf(text: string): LineOf {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
