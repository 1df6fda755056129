/** The app's IndexedDB: an outbox of writes waiting for the server, and a cache of what was last read. */
const DATABASE_NAME = 'minimus';
const DATABASE_VERSION = 1;
export const OUTBOX_STORE = 'outbox';
export const CACHE_STORE = 'cache';

let opening: Promise<IDBDatabase> | null = null;

export function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(OUTBOX_STORE))
        database.createObjectStore(OUTBOX_STORE, { keyPath: 'clientId' });
      if (!database.objectStoreNames.contains(CACHE_STORE)) database.createObjectStore(CACHE_STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

function settle<T>(request: IDBRequest<T>, transaction: IDBTransaction): Promise<T> {
  return new Promise((resolve, reject) => {
    // Resolve on commit, not on the request's success, so a caller never believes in a write that was rolled back.
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? request.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export async function readAll<T>(storeName: string): Promise<T[]> {
  const database = await openDatabase();
  const transaction = database.transaction(storeName, 'readonly');
  return settle(transaction.objectStore(storeName).getAll() as IDBRequest<T[]>, transaction);
}

export async function readOne<T>(storeName: string, key: IDBValidKey): Promise<T | undefined> {
  const database = await openDatabase();
  const transaction = database.transaction(storeName, 'readonly');
  return settle(transaction.objectStore(storeName).get(key) as IDBRequest<T | undefined>, transaction);
}

export async function writeOne(storeName: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction(storeName, 'readwrite');
  await settle(transaction.objectStore(storeName).put(value, key), transaction);
}

export async function deleteOne(storeName: string, key: IDBValidKey): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction(storeName, 'readwrite');
  await settle(transaction.objectStore(storeName).delete(key), transaction);
}

export async function clearStore(storeName: string): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction(storeName, 'readwrite');
  await settle(transaction.objectStore(storeName).clear(), transaction);
}
