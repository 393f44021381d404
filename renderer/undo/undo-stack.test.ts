import { describe, expect, it } from 'vitest';
import { UndoStack, type UndoEntry } from './undo-stack.js';

function counterEntry(log: string[], name: string): UndoEntry {
  return {
    label: name,
    undo: async () => void log.push(`undo ${name}`),
    redo: async () => void log.push(`redo ${name}`),
  };
}

describe('UndoStack', () => {
  it('undoes in reverse order and redoes in order', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    stack.push(counterEntry(log, 'a'));
    stack.push(counterEntry(log, 'b'));
    expect(stack.undoLabel).toBe('b');
    await stack.undo();
    await stack.undo();
    expect(await stack.undo()).toBeNull();
    await stack.redo();
    await stack.redo();
    expect(await stack.redo()).toBeNull();
    expect(log).toEqual(['undo b', 'undo a', 'redo a', 'redo b']);
  });

  it('names the entry the next undo takes back, so a message can tell whether its Undo is still the next one', async () => {
    const stack = new UndoStack();
    const deletion = counterEntry([], 'Delete highlight');
    stack.push(deletion);
    expect(stack.nextUndo).toBe(deletion);
    stack.push(counterEntry([], 'Edit highlight'));
    expect(stack.nextUndo).not.toBe(deletion);
    await stack.undo();
    expect(stack.nextUndo).toBe(deletion);
    await stack.undo();
    expect(stack.nextUndo).toBeNull();
  });

  it('clears the redo history when a new edit is pushed', async () => {
    const stack = new UndoStack();
    stack.push(counterEntry([], 'a'));
    await stack.undo();
    expect(stack.canRedo).toBe(true);
    stack.push(counterEntry([], 'b'));
    expect(stack.canRedo).toBe(false);
    expect(stack.undoLabel).toBe('b');
  });

  it('runs calls one at a time even when asked twice at once', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    const slow = (name: string): UndoEntry => ({
      label: name,
      undo: async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`end ${name}`);
      },
      redo: async () => {},
    });
    stack.push(slow('a'));
    stack.push(slow('b'));
    await Promise.all([stack.undo(), stack.undo()]);
    expect(log).toEqual(['start b', 'end b', 'start a', 'end a']);
  });

  it('keeps a failed entry so it can be tried again, and keeps working after', async () => {
    let fails = true;
    const stack = new UndoStack();
    stack.push({ label: 'a', undo: async () => { if (fails) throw new Error('offline'); }, redo: async () => {} });
    await expect(stack.undo()).rejects.toThrow('offline');
    expect(stack.canUndo).toBe(true);
    fails = false;
    await stack.undo();
    expect(stack.canUndo).toBe(false);
    expect(stack.canRedo).toBe(true);
  });

  it('forgets the oldest edits beyond its limit', async () => {
    const stack = new UndoStack();
    for (let index = 0; index < UndoStack.LIMIT + 5; index += 1) stack.push(counterEntry([], String(index)));
    let count = 0;
    while (await stack.undo()) count += 1;
    expect(count).toBe(UndoStack.LIMIT);
  });

  it('tells its listener about every change', async () => {
    let changes = 0;
    const stack = new UndoStack(() => (changes += 1));
    stack.push(counterEntry([], 'a'));
    await stack.undo();
    await stack.redo();
    expect(changes).toBe(3);
  });
});
