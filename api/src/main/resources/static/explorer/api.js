// The explorer speaks only the public GraphQL API, like any other client.

export class ApiError extends Error {}

/** Thrown when the server wants an API key for reading (ecosystem.security.read-requires-key). */
export class KeyNeeded extends ApiError {}

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
  if (response.status === 401) {
    throw new KeyNeeded(key ? 'The API key is not valid.' : 'This map needs an API key to read.');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}.`);
  }
  if (body.errors && body.errors.length) {
    throw new ApiError(body.errors.map(e => e.message).join(' '));
  }
  if (!response.ok) {
    throw new ApiError(body.detail || `The server answered ${response.status}.`);
  }
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
    throw new ApiError(body.detail || `The export failed: ${response.status}.`);
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'ecosystem-map-export';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export const SOURCE_FIELDS = 'document lines lineFrom lineTo section url quote inferred';
