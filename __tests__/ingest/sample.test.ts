import { describe, expect, it } from 'vitest';
import { digestTags } from '../../src/ingest/sample.js';

describe('digestTags: request series as k6 users expect from name tags', () => {
  it('folds a URL name (k6 names untagged requests by URL) into method and path with ids folded', () => {
    const a = digestTags({
      name: 'http://127.0.0.1:8080/products/2?ref=x',
      method: 'GET',
      url: 'http://127.0.0.1:8080/products/2?ref=x',
    });
    const b = digestTags({ name: 'http://127.0.0.1:8080/products/3', method: 'GET' });
    expect(a.name).toBe('GET /products/:id');
    expect(b.name).toBe(a.name);
    expect(
      digestTags({ name: 'https://shop/orders/0b7e7a4e-1c3f-4e55-9d5a-2f1b6f0c9d11/items', method: 'POST' })
        .name,
    ).toBe('POST /orders/:id/items');
  });
  it('keeps a name the script set', () => {
    expect(digestTags({ name: 'GET /products', method: 'GET' }).name).toBe('GET /products');
    expect(digestTags({ name: 'checkout', method: 'POST' }).name).toBe('checkout');
  });
});
