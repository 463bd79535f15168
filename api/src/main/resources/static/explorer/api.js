// The explorer speaks only the public GraphQL API, like any other client.

export class ApiError extends Error {}

export async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json' };
  const key = localStorage.getItem('ecomap.apiKey');
  if (key) headers['X-API-Key'] = key;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
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
    throw new ApiError(body.error || `The server answered ${response.status}.`);
  }
  return body.data;
}

export const SOURCE_FIELDS = 'document lines lineFrom lineTo section url quote inferred';
