export const SERVER_PACKAGE = '@minimus/server';
