// The load for bench/size.ts: nine named endpoints in one scenario, so the summary holds ten series (all traffic
// and one per name), for as long as DURATION (5 minutes by default).
import http from 'k6/http';

const ROUTES = [
  ['GET', '/products', 'GET /products'],
  ['GET', '/products/1', 'GET /products/:id'],
  ['POST', '/orders', 'POST /orders'],
  ['GET', '/health', 'GET /health'],
  ['GET', '/products?page=2', 'GET /products page'],
  ['GET', '/products/2?full=1', 'GET /products/:id full'],
  ['GET', '/products?sort=price', 'GET /products sorted'],
  ['GET', '/products?q=shoe', 'GET /products search'],
  ['GET', '/products/3?related=1', 'GET /products/:id related'],
];

export const options = {
  scenarios: {
    mixed: {
      executor: 'constant-arrival-rate',
      rate: Number(__ENV.RATE || 100),
      timeUnit: '1s',
      duration: __ENV.DURATION || '5m',
      preAllocatedVUs: 20,
    },
  },
};

export default function () {
  const [method, path, name] = ROUTES[Math.floor(Math.random() * ROUTES.length)];
  http.request(method, `${__ENV.BASE_URL}${path}`, method === 'POST' ? '{}' : null, { tags: { name } });
}
