// The explorer speaks only the public GraphQL API, like any other client. Errors carry what went wrong, not
// words: the page words them in its language.

/** A failed request: the HTTP status, and the server's own message where it gave one (in English). */
export class ApiError extends Error {
  constructor({ status = null, serverMessage = null } = {}) {
    super(serverMessage ?? `HTTP ${status}`);
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

/** Thrown when the server wants an API key for reading (ecosystem.security.read-requires-key). */
export class KeyNeeded extends ApiError {
  constructor({ keyWasSent }) {
    super({ status: 401 });
    this.keyWasSent = keyWasSent;
  }
}

/** The fields the explorer shows an entity by wherever it links to one. */
export const NAME_FIELDS = 'id name nameNl nameEn kind';

// The key lives in this tab's sessionStorage: it survives a reload, not the tab, and no other tab or later
// visit can read it (a script that got into the page could take a key kept in localStorage for good).
const KEY = 'ecomap.apiKey';

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

export async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json' };
  const key = sessionStorage.getItem(KEY);
  if (key) headers['X-API-Key'] = key;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  if (response.status === 401) throw new KeyNeeded({ keyWasSent: Boolean(key) });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError({ status: response.status });
  }
  if (body.errors && body.errors.length) {
    throw new ApiError({ status: response.status, serverMessage: body.errors.map(e => e.message).join(' ') });
  }
  if (!response.ok) throw new ApiError({ status: response.status, serverMessage: body.detail ?? body.error ?? null });
  return body.data;
}

/**
 * Downloads a file the API makes (an export), sending the API key like every other request; with
 * {@code form}, as a POST (a list of ids may be too long for an address).
 */
export async function download(url, form = null) {
  const key = sessionStorage.getItem(KEY);
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    headers: key ? { 'X-API-Key': key } : {},
    body: form ? new URLSearchParams(form) : undefined,
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError({ status: response.status, serverMessage: body.detail ?? body.error ?? null });
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'ecosystem-map-export';
  saveFile(await response.blob(), name);
}

/** Hands a file made in the page (or fetched) to the browser's downloads, under this name. */
export function saveFile(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export const SOURCE_FIELDS = 'document lines lineFrom lineTo section url quote inferred';
