export const BENCH_PACKAGE = '@minimus/bench';
