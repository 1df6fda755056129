import {
  DEFAULT_PREFERENCE,
  type DeliveryClaim,
  type DeliveryOutcome,
  type DeliveryRow,
  type NotificationRepository,
  type PreferenceRow,
} from '../../src/notify/notification-repository.js';

/** Preferences, push subscriptions and deliveries in memory, keeping the tables' one-row-per-key rules. */
export function fakeNotifications(): NotificationRepository {
  const preferences = new Map<string, PreferenceRow>();
  const subscriptions = new Map<string, { userId: string; endpoint: string; p256dh: string; auth: string }>();
  const deliveries = new Map<string, DeliveryRow>();
  const claim = (entry: DeliveryClaim, answered: Set<string>) => {
    if (answered.has(entry.key) || deliveries.get(entry.key)?.status === 'sent') return false;
    answered.add(entry.key);
    deliveries.set(entry.key, { id: entry.key, detail: null, at: new Date(), status: 'sending', ...entry });
    return true;
  };
  const finish = (key: string, outcome: DeliveryOutcome) => {
    const row = deliveries.get(key);
    if (row)
      deliveries.set(key, {
        ...row,
        status: outcome.status,
        detail: outcome.status === 'failed' ? outcome.detail : null,
      });
  };
  return {
    recipient: async () => null,
    recipients: async () => [],
    clinicName: async () => null,
    preference: async (userId) =>
      preferences.get(userId) ?? { userId, updatedAt: new Date(0), ...DEFAULT_PREFERENCE },
    async savePreference(userId, values) {
      const row = { ...values, userId, updatedAt: new Date() };
      preferences.set(userId, row);
      return row;
    },
    subscriptions: async (userId) =>
      [...subscriptions.values()]
        .filter((row) => row.userId === userId)
        .map((row) => ({ ...row, id: row.endpoint, createdAt: new Date(0) })),
    subscriptionsOf: async (userIds) =>
      [...subscriptions.values()]
        .filter((row) => userIds.includes(row.userId))
        .map((row) => ({ ...row, id: row.endpoint, createdAt: new Date(0) })),
    async subscribe(userId, target) {
      subscriptions.set(target.endpoint, { userId, ...target });
    },
    async unsubscribe(userId, endpoint) {
      if (subscriptions.get(endpoint)?.userId === userId) subscriptions.delete(endpoint);
    },
    async forgetSubscription(endpoint) {
      subscriptions.delete(endpoint);
    },
    claimDelivery: async (entry) => claim(entry, new Set()),
    claimDeliveries: async (entries) => {
      const answered = new Set<string>();
      return entries.map((entry) => claim(entry, answered));
    },
    finishDelivery: async (key, outcome) => finish(key, outcome),
    finishDeliveries: async (finished) => {
      for (const { key, outcome } of finished) finish(key, outcome);
    },
    recentDeliveries: async () => [...deliveries.values()],
  };
}
