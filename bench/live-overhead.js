// The load for bench/live-overhead.ts: a closed model pushing the demo service as hard as a few VUs can, so
// any CPU perf-gate takes from k6 shows up as fewer requests per second.
import http from 'k6/http';
import { check } from 'k6';

export const options = {
  scenarios: {
    saturate: {
      executor: 'constant-vus',
      vus: Number(__ENV.VUS || 20),
      duration: __ENV.DURATION || '15s',
    },
  },
};

export default function () {
  const res = http.get(`${__ENV.BASE_URL}/products`, { tags: { name: 'GET /products' } });
  check(res, { 'status is 200': (r) => r.status === 200 });
}
