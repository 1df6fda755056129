export const E2E_PACKAGE = '@minimus/e2e';
