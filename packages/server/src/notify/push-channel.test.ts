import { describe, expect, it } from 'vitest';
import { acceptablePushEndpoint } from './push-channel.js';

describe('which push endpoints are accepted', () => {
  it.each([
    { endpoint: 'https://fcm.googleapis.com/fcm/send/abc', serverIsLocal: false, expected: true },
    { endpoint: 'http://127.0.0.1:4291/notify/abc', serverIsLocal: true, expected: true },
    { endpoint: 'http://127.0.0.1:5432/', serverIsLocal: false, expected: false },
    { endpoint: 'http://push.example/abc', serverIsLocal: true, expected: false },
    { endpoint: 'not a url', serverIsLocal: true, expected: false },
  ])(
    '$endpoint on a server that is local: $serverIsLocal -> $expected',
    ({ endpoint, serverIsLocal, expected }) => {
      expect(acceptablePushEndpoint(endpoint, { serverIsLocal })).toBe(expected);
    },
  );
});
