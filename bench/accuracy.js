// The load for bench/accuracy.ts: an open model over two endpoints with a custom Trend, so the built-in and a
// custom metric are both checked against k6's own exact percentiles.
import http from 'k6/http';
import { Trend } from 'k6/metrics';

const orderDuration = new Trend('order_duration', true);

export const options = {
  scenarios: {
    steady: {
      executor: 'constant-arrival-rate',
      rate: Number(__ENV.RATE || 300),
      timeUnit: '1s',
      duration: __ENV.DURATION || '10s',
      preAllocatedVUs: 50,
    },
  },
  summaryTrendStats: ['min', 'med', 'max', 'p(50)', 'p(95)', 'p(99)'],
};

export default function () {
  if (Math.random() < 0.7) {
    http.get(`${__ENV.BASE_URL}/products`, { tags: { name: 'GET /products' } });
  } else {
    const res = http.post(`${__ENV.BASE_URL}/orders`, '{}', { tags: { name: 'POST /orders' } });
    orderDuration.add(res.timings.duration);
  }
}
