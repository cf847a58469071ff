import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // kube-global starts one kube-apiserver + etcd for the run, only when a selected
    // test file calls inject('kube') (see test/support/kube-global.ts).
    globalSetup: ['test/support/global-setup.ts', 'test/support/kube-global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
