import { describe, expect, it } from 'vitest';
import { GLUTEUS_MINIMUS_PROTOCOL } from '../protocol/gluteus-minimus.js';
import { painBands, stopsForToday, trafficLight } from './pain-guide.js';

const LIGHT = { greenMax: 3, amberMax: 5 };

describe('the pain traffic light colours a score by the protocol thresholds', () => {
  it.each([
    [0, 'green'],
    [3, 'green'],
    [4, 'amber'],
    [5, 'amber'],
    [6, 'red'],
    [10, 'red'],
  ] as const)('pain %i is %s', (painScore, light) => {
    expect(trafficLight(painScore, LIGHT)).toBe(light);
  });

  it('moves with the thresholds of the protocol it is given', () => {
    expect(trafficLight(4, { greenMax: 4, amberMax: 6 })).toBe('green');
  });
});

describe('pain above the stop line stops the exercise for today', () => {
  it.each([
    [5, false],
    [6, true],
  ] as const)('pain %i stops the exercise: %s', (painScore, stops) => {
    expect(stopsForToday(painScore, { exerciseStopAbove: 5 })).toBe(stops);
  });

  it('stops above 5 under the gluteus minimus protocol', () => {
    expect(stopsForToday(5, GLUTEUS_MINIMUS_PROTOCOL.pain)).toBe(false);
    expect(stopsForToday(6, GLUTEUS_MINIMUS_PROTOCOL.pain)).toBe(true);
  });
});

describe('the pain guide bands cover every score from 0 to 10 once', () => {
  it.each([
    { rules: LIGHT, ranges: ['green 0-3', 'amber 4-5', 'red 6-10'] },
    { rules: { greenMax: 2, amberMax: 6 }, ranges: ['green 0-2', 'amber 3-6', 'red 7-10'] },
  ])('bands $ranges', ({ rules, ranges }) => {
    const bands = painBands(rules).map((band) => `${band.light} ${band.lowestScore}-${band.highestScore}`);
    expect(bands).toEqual(ranges);
  });

  it('gives each score the colour the traffic light gives it', () => {
    for (const band of painBands(LIGHT)) {
      for (let painScore = band.lowestScore; painScore <= band.highestScore; painScore += 1) {
        expect(trafficLight(painScore, LIGHT)).toBe(band.light);
      }
    }
  });
});
