// One database per suite and contract on a shared test cluster, so rows never mix.

import pg from 'pg';

/** Drops and creates `name` on the cluster at `clusterUrl`; returns its URL. */
export async function freshDatabase(clusterUrl, name) {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name}`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
