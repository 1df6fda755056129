import { describe, expect, it } from 'vitest';
import { calmRecord, setbackRecord, withHistory } from '../../../test/support/test-records.js';
import { monitoringReportCsv } from './monitoring-csv.js';
import { clinicMonitoringReport, patientMonitoring } from './monitoring-report.js';

describe('patientMonitoring days with data', () => {
  it('counts each 30-day period from the program start, the running one marked incomplete', () => {
    const record = calmRecord({ days: 45 });
    const periods = patientMonitoring(record, '2026-04-05').periods;
    expect(periods.map((period) => [period.from, period.to, period.complete])).toEqual([
      ['2026-02-20', '2026-03-21', true],
      ['2026-03-22', '2026-04-20', false],
    ]);
    expect(periods.map((period) => period.daysWithData)).toEqual([30, 15]);
  });

  it.each([
    [15, false],
    [16, true],
  ])('with data on %i days marks the 16-day threshold as %s', (days, meets) => {
    const record = calmRecord({ days: 30 });
    const sparse = withHistory(record, {
      checkIns: record.history.checkIns.slice(0, days),
      sessionLogs: [],
    });
    const [period] = patientMonitoring(sparse, '2026-03-21').periods;
    expect(period?.daysWithData).toBe(days);
    expect(period?.meetsSixteenDays).toBe(meets);
  });
});

describe('patientMonitoring adherence', () => {
  it('is every prescribed session done when the patient never misses one', () => {
    const [period] = patientMonitoring(calmRecord({ days: 30, skipEvery: 0 }), '2026-03-21').periods;
    expect(period?.prescribedSessions).toBeGreaterThan(20);
    expect(period?.adherence).toBe(1);
  });

  it('drops below one when every sixth session is missed', () => {
    const [period] = patientMonitoring(calmRecord({ days: 30, skipEvery: 6 }), '2026-03-21').periods;
    expect(period?.adherence).toBeGreaterThan(0.7);
    expect(period?.adherence).toBeLessThan(1);
  });

  it('is zero when sessions were prescribed but none was logged', () => {
    const record = calmRecord({ days: 30 });
    const [period] = patientMonitoring(withHistory(record, { sessionLogs: [] }), '2026-03-21').periods;
    expect(period?.doneSessions).toBe(0);
    expect(period?.adherence).toBe(0);
  });
});

describe('patientMonitoring alerts', () => {
  it('files each alert once, in the period of the data that raised it', () => {
    const periods = patientMonitoring(setbackRecord(60), '2026-04-30').periods;
    const kinds = periods.map((period) => period.alerts.map((alert) => alert.kind));
    expect(kinds[0]).not.toContain('significant-setback');
    expect(kinds[1]).toContain('significant-setback');
    const keys = periods.flatMap((period) => period.alerts.map((alert) => alert.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('clinicMonitoringReport', () => {
  const report = clinicMonitoringReport({
    clinicName: 'Clínica Ejemplo',
    records: [calmRecord({ days: 45 }), setbackRecord(60)],
    asOf: '2026-04-30',
  });

  it('adds up patients, the 16-day threshold and alerts by kind', () => {
    expect(report.totals.patients).toBe(2);
    // The calm patient stopped logging on 2026-04-05: 15 days in the period that ended on 2026-04-20.
    expect(report.patients[0]?.periods.map((period) => period.daysWithData)).toEqual([30, 15, 0]);
    expect(report.totals.patientsMeetingSixteenDays).toBe(1);
    const significant = report.patients.flatMap((patient) =>
      patient.periods.flatMap((period) =>
        period.alerts.filter((alert) => alert.kind === 'significant-setback'),
      ),
    );
    expect(report.totals.alertsByKind['significant-setback']).toBe(significant.length);
    expect(significant.length).toBeGreaterThan(0);
  });

  it('writes one CSV row per patient and period after a header', () => {
    const lines = monitoringReportCsv(report, 'en').split('\r\n');
    const periods = report.patients.reduce((sum, patient) => sum + patient.periods.length, 0);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(periods + 2);
    expect(lines[0]).toMatch(/^Patient ID,Patient,Therapist,/);
  });

  it('keeps a name that looks like a formula from running in a spreadsheet', () => {
    const hostile = calmRecord({ days: 20, patient: { id: 'p-9', name: '=HYPERLINK("http://x","Click")' } });
    const csv = monitoringReportCsv(
      clinicMonitoringReport({ clinicName: 'C', records: [hostile], asOf: '2026-03-11' }),
      'es',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Click"")"`);
    expect(csv.split('\r\n')[0]).toMatch(/^ID paciente,Paciente,/);
  });

  it('refuses a report day that is not a date', () => {
    expect(() =>
      clinicMonitoringReport({ clinicName: 'C', records: [calmRecord()], asOf: 'yesterday' }),
    ).toThrow(expect.objectContaining({ code: 'export.invalid-date' }));
  });
});
