export const WEB_PACKAGE = '@minimus/web';
