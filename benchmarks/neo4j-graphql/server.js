// The peer of the benchmarks: @neo4j/graphql over Bolt, served by Node's own http module (no framework
// overhead added) on the port the harness gives. POST /graphql {query, variables}; GET /health.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { graphql } = require('graphql');
const neo4j = require('neo4j-driver');
const { Neo4jGraphQL } = require('@neo4j/graphql');

const port = Number(process.env.PORT || 44000);
const bolt = process.env.NEO4J_URI || 'bolt://localhost:7687';

async function main() {
  const driver = neo4j.driver(bolt, neo4j.auth.basic('neo4j', 'unused'), { maxConnectionPoolSize: 100 });
  const typeDefs = fs.readFileSync(path.join(__dirname, 'typeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const result = await graphql({ schema, source: query, variableValues: variables, contextValue: {} });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      } catch (e) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(e) }] }));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1', () => console.log(`neo4j-graphql peer on http://127.0.0.1:${port}/graphql, Bolt ${bolt}`));
  const stop = () => server.close(() => driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
