/** A failed API call: the problem+json `code` (RFC 9457) when the server sent one, else the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never reached the server (offline, DNS, connection cut): worth retrying later. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : 'network error');
    this.name = 'NetworkError';
  }
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

/** JSON request to the server; the session cookie travels with it. Throws ApiError or NetworkError. */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : null;
  if (!response.ok) throw problemToError(response.status, parsed);
  return { status: response.status, body: parsed as T };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function problemToError(status: number, problem: unknown): ApiError {
  if (typeof problem === 'object' && problem !== null) {
    const record = problem as Record<string, unknown>;
    const code = typeof record.code === 'string' ? record.code : `http_${status}`;
    const title =
      typeof record.detail === 'string'
        ? record.detail
        : typeof record.title === 'string'
          ? record.title
          : typeof record.message === 'string'
            ? record.message
            : `HTTP ${status}`;
    const errors = Array.isArray(record.errors) ? record.errors.filter(isFieldError) : [];
    return new ApiError(status, code, title, errors);
  }
  return new ApiError(status, `http_${status}`, `HTTP ${status}`);
}

function isFieldError(value: unknown): value is { path: string; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).path === 'string' &&
    typeof (value as Record<string, unknown>).message === 'string'
  );
}

/** A server error (5xx) or no connection: the write may be retried with the same clientId. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    (error instanceof ApiError && (error.status >= 500 || error.status === 429))
  );
}
