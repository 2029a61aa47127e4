// The one bearer-token check (functions/src/lib/bearer.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bearerMatches, sameToken } from '../../functions/src/lib/bearer.js';

const req = (authorization) => new Request('http://fn.local/x', { headers: authorization === undefined ? {} : { Authorization: authorization } });

test('matches only the exact token, with the Bearer scheme in any case', () => {
  assert.equal(bearerMatches(req('Bearer s3cret'), 's3cret'), true);
  assert.equal(bearerMatches(req('bearer s3cret'), 's3cret'), true);
  assert.equal(bearerMatches(req('Bearer s3cret  '), 's3cret'), true);
  for (const bad of [undefined, '', 'Bearer', 'Bearer ', 's3cret', 'Basic s3cret', 'Bearer s3cre', 'Bearer s3cretX', 'Bearer S3CRET', 'Bearer s3cret extra']) {
    assert.equal(bearerMatches(req(bad), 's3cret'), false, String(bad));
  }
});

test('no configured secret never matches, whatever is sent', () => {
  for (const expected of [undefined, null, '']) {
    assert.equal(bearerMatches(req('Bearer '), expected), false);
    assert.equal(bearerMatches(req('Bearer anything'), expected), false);
  }
});

test('sameToken compares every character', () => {
  assert.equal(sameToken('abc', 'abc'), true);
  assert.equal(sameToken('abc', 'abd'), false);
  assert.equal(sameToken('abc', 'ab'), false);
  assert.equal(sameToken('', ''), true);
});
