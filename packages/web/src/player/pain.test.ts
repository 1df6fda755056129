import { describe, expect, it } from 'vitest';
import { stopsForToday, trafficLight } from './pain.js';

const LIGHT = { greenMax: 3, amberMax: 5 };

describe('trafficLight', () => {
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
});

describe('stopsForToday', () => {
  it.each([
    [5, false],
    [6, true],
  ] as const)('pain %i stops the exercise: %s', (painScore, stops) => {
    expect(stopsForToday(painScore, { exerciseStopAbove: 5 })).toBe(stops);
  });
});
