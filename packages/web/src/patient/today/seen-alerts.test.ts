import { buildAlert } from '@minimus/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { alertsToShow, markAlertsSeen } from './seen-alerts.js';

const flare = buildAlert({
  key: 'significant-setback:2026-03-02',
  kind: 'significant-setback',
  statusLine: { en: 'Your program was eased after a flare-up.', es: 'Su programa se suavizó.' },
});
const pause = buildAlert({ key: 'red-flag:2026-03-03', kind: 'red-flag', statusLine: null });

describe('alertsToShow: the calm message once, then a quiet status line', () => {
  beforeEach(() => localStorage.clear());

  it.each([
    { name: 'a flare not seen yet', alert: flare, seen: false, shown: 'message' },
    { name: 'a flare seen before', alert: flare, seen: true, shown: 'status-line' },
    { name: 'a pause seen before', alert: pause, seen: true, shown: 'message' },
  ])('shows $name as its $shown', ({ alert, seen, shown }) => {
    if (seen) markAlertsSeen([alert], 'patient-1');
    expect(alertsToShow([alert], 'patient-1').map((entry) => entry.kind)).toEqual([shown]);
  });

  it("keeps each patient's seen alerts apart", () => {
    markAlertsSeen([flare], 'patient-1');
    expect(alertsToShow([flare], 'patient-2')[0]?.kind).toBe('message');
  });
});
