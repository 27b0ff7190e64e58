import { describe, expect, it } from '@jest/globals';
import {
  CATALOGUE_COUNTS,
  countLowerBound,
  facetSampleShare,
  sampleIdBound,
  sampleShowsMoreThan,
  sampledCount,
  sampledCountMargin,
  sureSampleHits,
} from './catalogue-counts.js';

describe('estimated counts', () => {
  it('states "well over" the lower end of the 95 % interval, rounded down to two significant digits', () => {
    // 2,600 of the 1/32 sample: 83,200 expected, 95 % interval about ±3,200.
    expect(countLowerBound(2600, 1001)).toBe(80_000);
    expect(countLowerBound(2600, 1001)).toBeLessThan(2600 * 32 - sampledCountMargin(2600));
  });

  it('never says less than what was counted exactly', () => {
    expect(countLowerBound(20, 1001)).toBe(1000);
    expect(countLowerBound(0, 1001)).toBe(1000);
  });

  it('skips exact counting only when the sample leaves no reasonable doubt', () => {
    expect(sampleShowsMoreThan(2600, 1000)).toBe(true);
    // 40 hits: 1,280 expected, but 1,000 or fewer is quite possible.
    expect(sampleShowsMoreThan(40, 1000)).toBe(false);
    expect(sampleShowsMoreThan(0, 1000)).toBe(false);
    const sure = sureSampleHits(1000);
    expect(sampleShowsMoreThan(sure, 1000)).toBe(true);
    expect(sampleShowsMoreThan(sure - 1, 1000)).toBe(false);
  });

  it('bounds the sample by id (the migration\'s partial indexes use the same literal)', () => {
    expect(sampleIdBound(CATALOGUE_COUNTS.sampleShare)).toBe(CATALOGUE_COUNTS.sampleIdBound);
    expect(facetSampleShare(500)).toBe(CATALOGUE_COUNTS.sampleShare);
    // 4,000 matches in the sample: facets read a quarter of it.
    expect(facetSampleShare(4000)).toBeCloseTo(CATALOGUE_COUNTS.sampleShare / 4, 9);
    expect(sampleIdBound(facetSampleShare(4000))).toBe('02000000-0000-0000-0000-000000000000');
  });

  it('scales a sampled count up and rounds it to two significant digits', () => {
    expect(sampledCount(40)).toBe(1300);
    expect(sampledCount(1)).toBe(32);
    expect(sampledCount(0)).toBe(0);
    expect(sampledCount(10, 1)).toBe(10);
  });

  it('is honest in simulation: the lower bound is above the true count in at most 2.5 % of samples', () => {
    // A deterministic pseudo-random sampler over 20,000 matching instruments.
    // mulberry32
    let seed = 42;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const truth = 20_000;
    let above = 0;
    let sum = 0;
    for (let run = 0; run < 400; run++) {
      let hits = 0;
      for (let i = 0; i < truth; i++) if (random() < CATALOGUE_COUNTS.sampleShare) hits++;
      const bound = countLowerBound(hits, 1001);
      if (bound > truth) above++;
      sum += bound;
    }
    expect(above / 400).toBeLessThanOrEqual(0.025);
    // …and not uselessly low: on average within 15 % of the truth.
    expect(sum / 400).toBeGreaterThanOrEqual(0.85 * truth);
  });
});
