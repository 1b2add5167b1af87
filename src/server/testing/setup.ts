// Vitest's setup for every test file: faults that would otherwise pass as a line on stderr.

// Two queries at once on one pg client (a Promise.all inside a transaction) is a warning in
// pg 8 and an error in pg 9; node prints it once per process, where nobody reads it. Here it
// fails the run instead, naming the test file that caused it.
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning' && /already executing a query/.test(warning.message)) {
    process.nextTick(() => {
      throw new Error(`pg: ${warning.message}`);
    });
  }
});
