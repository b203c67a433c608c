// A smoke test: does the script and the service work at all? One VU, a handful of iterations, no gate worth
// having (too few samples: perf-gate reports them but does not gate series below its minimum sample size).
import http from 'k6/http';
import { check } from 'k6';

const BASE_URL = __ENV.BASE_URL || 'http://127.0.0.1:8080';

export const options = {
  vus: 1,
  iterations: 20,
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  const res = http.get(`${BASE_URL}/products`, { tags: { name: 'GET /products' } });
  check(res, { 'status is 200': (r) => r.status === 200 });
}
