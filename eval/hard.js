// The k6 script of the harder real corpus (eval/hard-corpus.ts) against eval/hard-service.ts, written as a user
// would: an open model at a fixed rate, named endpoints, a check, and thresholds (one on an endpoint's p99).
// Knobs: BASE_URL (the service), RATE (requests/s, default 150), DURATION (default 15s).
import http from 'k6/http';
import { check } from 'k6';

const BASE_URL = __ENV.BASE_URL || 'http://127.0.0.1:8080';

export const options = {
  scenarios: {
    shop: {
      executor: 'constant-arrival-rate',
      rate: Number(__ENV.RATE || 150),
      timeUnit: '1s',
      duration: __ENV.DURATION || '15s',
      preAllocatedVUs: 30,
      maxVUs: 150,
    },
  },
  thresholds: {
    http_req_failed: ['rate<0.05'],
    http_req_duration: ['p(95)<1000'],
    'http_req_duration{name:orders}': ['p(99)<2000'],
  },
};

export default function () {
  const u = Math.random();
  let res;
  if (u < 0.45) res = http.get(`${BASE_URL}/catalog`, { tags: { name: 'catalog' } });
  else if (u < 0.7)
    res = http.get(`${BASE_URL}/item/${Math.floor(Math.random() * 1000)}`, { tags: { name: 'item' } });
  else if (u < 0.85) res = http.get(`${BASE_URL}/orders`, { tags: { name: 'orders' } });
  else res = http.post(`${BASE_URL}/reviews`, '{"stars":5}', { tags: { name: 'reviews' } });
  check(res, { 'status is 200': (r) => r.status === 200 });
}
