// Offline support for kiosks and phones on a poor network: after one visit the
// app opens and plays with no network at all.
// - Content-hashed build files (name-<16 hex>.js/.wasm/.css/.svg) never change:
//   served from the cache first.
// - The page and the question banks may change: fetched from the network, but
//   if it fails or is slow (3 s), the cached copy is served.
const CACHE = 'quality-quiz-v1';
const SLOW_NETWORK_MS = 3000;
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg)$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function remember(request, response) {
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function cacheFirst(request) {
  return (await caches.match(request)) ?? remember(request, await fetch(request));
}

async function networkFirst(request) {
  // A link with other parameters still opens the cached page.
  const cached = await caches.match(request, { ignoreSearch: request.mode === 'navigate' });
  const network = fetch(request).then((response) => remember(request, response));
  if (!cached) return network;
  const slow = new Promise((resolve) => setTimeout(() => resolve(cached), SLOW_NETWORK_MS));
  return Promise.race([network.catch(() => cached), slow]);
}
