import { describe, expect, it } from 'vitest';
import { rowTops, rowsInView } from '../../../lib/app/row-layout';

describe('rowTops', () => {
  it('adds measured heights and the estimate for rows not yet measured', () => {
    const tops = rowTops(['a', 'b', 'c'], new Map([['b', 150]]), 100);
    expect([...tops]).toEqual([0, 100, 250, 350]);
  });

  it('gives an empty list a zero height', () => {
    expect([...rowTops([], new Map(), 100)]).toEqual([0]);
  });
});

describe('rowsInView', () => {
  // Rows of 10, 50, 10, 10, 100, 10 px: tops 0, 10, 60, 70, 80, 180, end 190.
  const tops = rowTops(['a', 'b', 'c', 'd', 'e', 'f'], new Map([['a', 10], ['b', 50], ['c', 10], ['d', 10], ['e', 100], ['f', 10]]), 0);

  it('renders the rows that cross the viewport', () => {
    expect(rowsInView(tops, 0, 20, 0)).toEqual([0, 2]);
    expect(rowsInView(tops, 65, 10, 0)).toEqual([2, 4]);
    expect(rowsInView(tops, 100, 20, 0)).toEqual([4, 5]);
  });

  it('starts a row exactly at its top, not in the row above', () => {
    expect(rowsInView(tops, 60, 5, 0)).toEqual([2, 3]);
  });

  it('adds the overscan on both sides within the list', () => {
    expect(rowsInView(tops, 65, 10, 2)).toEqual([0, 6]);
  });

  it('keeps the last rows when scrolled past the end', () => {
    expect(rowsInView(tops, 500, 100, 0)).toEqual([5, 6]);
  });

  it('renders nothing for no rows', () => {
    expect(rowsInView(rowTops([], new Map(), 10), 0, 100, 3)).toEqual([0, 0]);
  });
});
