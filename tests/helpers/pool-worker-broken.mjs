// A worker module that cannot start (tests/pool.test.ts): as a broken installation would fail.
throw new Error('cannot load the pipeline')
