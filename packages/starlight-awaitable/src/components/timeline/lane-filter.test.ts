import { describe, expect, it } from 'vitest';
import { matchingLanes } from './lane-filter.ts';

describe('lane filter', () => {
  const labels = ['Task-1 main()', 'Task-2 work(i=0)', 'Task-3 work(i=1)', 'thread asyncio_0', 'Task-13 fetch(i=1)'];

  it('keeps every lane for a blank query', () => {
    expect(matchingLanes(labels, '  ')).toEqual([0, 1, 2, 3, 4]);
  });

  it('matches every word, in any case', () => {
    expect(matchingLanes(labels, 'WORK')).toEqual([1, 2]);
    expect(matchingLanes(labels, 'i=1 task')).toEqual([2, 4]);
    expect(matchingLanes(labels, 'thread')).toEqual([3]);
    expect(matchingLanes(labels, 'nothing')).toEqual([]);
  });
});
