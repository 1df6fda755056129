import { describe, expect, it } from 'vitest';
import { type OutboxItem, type OutboxStore, type SendResult, syncOutbox } from './outbox.js';

/** The outbox contract held in memory, the way IndexedDB holds it: keyed by clientId. */
function memoryStore(items: readonly OutboxItem[]): OutboxStore & { items: Map<string, OutboxItem> } {
  const map = new Map(items.map((item) => [item.clientId, item]));
  return {
    items: map,
    list: async () => [...map.values()],
    put: async (item) => {
      map.set(item.clientId, item);
    },
    remove: async (clientId) => {
      map.delete(clientId);
    },
  };
}

function buildItem(overrides: Partial<OutboxItem> = {}): OutboxItem {
  const clientId = overrides.clientId ?? 'client-1';
  return {
    clientId,
    patientId: 'patient-1',
    kind: 'check-ins',
    body: { clientId, date: '2026-03-02', worstPain24h: 2 },
    createdAt: 1,
    status: 'pending',
    error: null,
    ...overrides,
  };
}

/** A server that stores each clientId once and answers as the API contract says (201 new, 200 replay). */
function server(script: readonly SendResult['kind'][] = []) {
  const stored = new Map<string, OutboxItem['body']>();
  const sent: string[] = [];
  let call = 0;
  const send = async (item: OutboxItem): Promise<SendResult> => {
    const outcome = script[call] ?? 'stored';
    call += 1;
    sent.push(item.clientId);
    if (outcome === 'unreachable') return { kind: 'unreachable' };
    if (outcome === 'refused') return { kind: 'refused', message: 'validation_failed' };
    if (!stored.has(item.clientId)) stored.set(item.clientId, item.body);
    return { kind: 'stored' };
  };
  return { send, stored, sent };
}

describe('syncOutbox', () => {
  it('sends oldest first and empties the outbox once the server has stored each write', async () => {
    const store = memoryStore([
      buildItem({ clientId: 'b', createdAt: 2 }),
      buildItem({ clientId: 'a', createdAt: 1 }),
    ]);
    const remote = server();
    expect(await syncOutbox(store, remote.send)).toEqual({ sent: 2, refused: 0, waiting: 0 });
    expect(remote.sent).toEqual(['a', 'b']);
    expect(store.items.size).toBe(0);
  });

  it('keeps everything not yet confirmed when the connection drops half-way', async () => {
    const store = memoryStore([
      buildItem({ clientId: 'a', createdAt: 1 }),
      buildItem({ clientId: 'b', createdAt: 2 }),
      buildItem({ clientId: 'c', createdAt: 3 }),
    ]);
    const remote = server(['stored', 'unreachable']);
    expect(await syncOutbox(store, remote.send)).toEqual({ sent: 1, refused: 0, waiting: 2 });
    expect([...store.items.keys()].sort()).toEqual(['b', 'c']);
  });

  it('stores a write once even when it is sent again after the app closed before removing it', async () => {
    const item = buildItem({ clientId: 'same' });
    const remote = server();
    await remote.send(item);
    const store = memoryStore([item]);
    await syncOutbox(store, remote.send);
    expect(remote.stored.size).toBe(1);
    expect(store.items.size).toBe(0);
  });

  it('keeps a write the server refuses, marked failed with its reason, and does not resend it', async () => {
    const store = memoryStore([buildItem()]);
    const remote = server(['refused']);
    expect(await syncOutbox(store, remote.send)).toEqual({ sent: 0, refused: 1, waiting: 0 });
    expect(store.items.get('client-1')).toMatchObject({ status: 'failed', error: 'validation_failed' });
    await syncOutbox(store, remote.send);
    expect(remote.sent).toEqual(['client-1']);
  });
});
