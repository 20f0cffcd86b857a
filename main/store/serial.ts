// Runtime: node. One-at-a-time execution: a save reads, changes and writes a file, so two saves
// of the same store must not interleave or the second would write over the first's revision.
export class Serial {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
