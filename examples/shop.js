// A k6 load test of the demo shop API, written the way the practice in the seeds recommends:
// an open model (arrival-rate executors start iterations on schedule whatever the latency, so a slower
// service cannot hide behind fewer requests), named endpoints (one series each, bounded cardinality),
// checks, and thresholds on percentiles and the error rate, not on averages.
//
// Run:  npx perf-gate run examples/shop.js -e BASE_URL=http://127.0.0.1:8080
// Knobs: BASE_URL (the service), RATE (iterations/s per scenario, default 40), DURATION (default 20s).
import http from 'k6/http';
import { check } from 'k6';
import { Trend } from 'k6/metrics';

const BASE_URL = __ENV.BASE_URL || 'http://127.0.0.1:8080';
const RATE = Number(__ENV.RATE || 40);
const DURATION = __ENV.DURATION || '20s';

// A custom Trend: the whole checkout as the user feels it. perf-gate compares custom metrics like built-ins.
const checkoutDuration = new Trend('checkout_duration', true);

export const options = {
  scenarios: {
    browse: {
      executor: 'constant-arrival-rate',
      exec: 'browse',
      rate: RATE,
      timeUnit: '1s',
      duration: DURATION,
      preAllocatedVUs: 20,
      maxVUs: 100,
    },
    checkout: {
      executor: 'constant-arrival-rate',
      exec: 'checkout',
      rate: Math.max(1, Math.round(RATE / 4)),
      timeUnit: '1s',
      duration: DURATION,
      preAllocatedVUs: 10,
      maxVUs: 50,
    },
  },
  thresholds: {
    http_req_failed: ['rate<0.01'],
    'http_req_duration{name:GET /products}': ['p(95)<250', 'p(99)<500'],
    'http_req_duration{name:POST /orders}': ['p(95)<400'],
    checks: ['rate>0.99'],
  },
  // p(99) is not in k6's default list; the gate and its accuracy checks need it.
  summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'],
};

export function browse() {
  const list = http.get(`${BASE_URL}/products`, { tags: { name: 'GET /products' } });
  check(list, { 'products listed': (r) => r.status === 200 });
  const id = 1 + Math.floor(Math.random() * 3);
  const item = http.get(`${BASE_URL}/products/${id}`, { tags: { name: 'GET /products/:id' } });
  check(item, { 'product found': (r) => r.status === 200 });
}

export function checkout() {
  const started = Date.now();
  const order = http.post(`${BASE_URL}/orders`, JSON.stringify({ product: 1, quantity: 1 }), {
    headers: { 'content-type': 'application/json' },
    tags: { name: 'POST /orders' },
  });
  check(order, { 'order created': (r) => r.status === 201 });
  checkoutDuration.add(Date.now() - started);
}
