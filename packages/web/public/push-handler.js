// Imported by the generated service worker: shows a Web Push message and opens its page on a tap.
// The payload is { title, body, url } and carries no health data (the server's templates are tested for it).
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = {};
  }
  const sameOrigin = typeof message.url === 'string' && message.url.startsWith(self.location.origin);
  event.waitUntil(
    self.registration.showNotification(message.title || 'Minimus', {
      body: message.body || '',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url: sameOrigin ? message.url : '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url || '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url);
      if (open) return open.focus();
      return self.clients.openWindow(url);
    }),
  );
});
