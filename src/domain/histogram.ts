/**
 * A mergeable log-bucketed histogram with a guaranteed relative accuracy (the DDSketch bucket scheme,
 * Masson et al., VLDB 2019), written for k6 Trend samples (milliseconds, bytes, or any custom unit).
 *
 * Definition. With relative accuracy `alpha` and `gamma = (1 + alpha) / (1 - alpha)`, a positive value x goes
 * to bucket `i = ceil(log_gamma(x))`, i.e. the interval (gamma^(i-1), gamma^i]. Every value in a bucket is
 * represented by `2 gamma^i / (gamma + 1)`, which is within `alpha` of it relatively. Negative values use a
 * mirrored store; values with |x| below `ZERO_THRESHOLD` are counted as zero. Count, sum, min and max are exact.
 *
 * Quantiles follow k6 and R type 7: position h = p (n - 1), linear interpolation between the order statistics
 * at floor(h) and floor(h) + 1. Each order statistic is estimated within `alpha`, so the interpolated value is
 * too; the extreme ranks return the exact min and max. Merging adds bucket counts: it is exact, so
 * merge(hist(A), hist(B)) has the same buckets as hist(A ++ B).
 *
 * One file (about 280 lines) on purpose: the bucket store, its run-length encoding and the quantile walk share the
 * index arithmetic, and splitting them would spread one definition over several files.
 */

/** Values with a magnitude below this are counted as exactly zero (k6 reports 0 for e.g. an unused connection). */
export const ZERO_THRESHOLD = 1e-9;

/** The default relative accuracy: 0.2%, a tenth of a typical 2-5% tolerance (see notes/statistics.md). */
export const DEFAULT_ALPHA = 0.002;

/** The serialized form stored in a RunSummary. `pos`/`neg` are run-length encoded bucket counts. */
export interface HistogramJSON {
  alpha: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  zero: number;
  /** [firstIndex, c0, c1, ...] where a negative entry -k stands for k empty buckets. */
  pos: number[];
  neg: number[];
}

/** One non-empty bucket, in ascending order of value. */
export interface Bucket {
  value: number;
  count: number;
}

class BucketStore {
  offset = 0;
  counts: number[] = [];
  total = 0;

  add(index: number, n: number): void {
    if (this.counts.length === 0) {
      this.offset = index;
      this.counts.push(n);
    } else if (index < this.offset) {
      const grow = this.offset - index;
      this.counts = new Array<number>(grow).fill(0).concat(this.counts);
      this.offset = index;
      this.counts[0] = n;
    } else {
      const at = index - this.offset;
      while (this.counts.length <= at) this.counts.push(0);
      this.counts[at] = (this.counts[at] as number) + n;
    }
    this.total += n;
  }

  mergeFrom(other: BucketStore): void {
    other.counts.forEach((c, i) => {
      if (c > 0) this.add(other.offset + i, c);
    });
  }

  encode(): number[] {
    if (this.total === 0) return [];
    const out: number[] = [this.offset];
    let zeros = 0;
    for (const c of this.counts) {
      if (c === 0) {
        zeros++;
        continue;
      }
      if (zeros > 0) out.push(-zeros);
      zeros = 0;
      out.push(c);
    }
    return out;
  }

  static decode(encoded: readonly number[]): BucketStore {
    const store = new BucketStore();
    if (encoded.length === 0) return store;
    let index = encoded[0] as number;
    for (let k = 1; k < encoded.length; k++) {
      const v = encoded[k] as number;
      if (v < 0) index += -v;
      else {
        store.add(index, v);
        index++;
      }
    }
    return store;
  }
}

export class Histogram {
  readonly alpha: number;
  private readonly gamma: number;
  private readonly logGamma: number;
  private readonly pos = new BucketStore();
  private neg = new BucketStore();
  private zeroCount = 0;
  private total = 0;
  private sumValue = 0;
  private minValue = Infinity;
  private maxValue = -Infinity;

  constructor(alpha: number = DEFAULT_ALPHA) {
    if (!(alpha > 0 && alpha < 1)) throw new RangeError(`relative accuracy must be in (0, 1), got ${alpha}`);
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
  }

  get count(): number {
    return this.total;
  }
  get sum(): number {
    return this.sumValue;
  }
  /** Exact minimum; NaN when empty. */
  get min(): number {
    return this.total === 0 ? NaN : this.minValue;
  }
  /** Exact maximum; NaN when empty. */
  get max(): number {
    return this.total === 0 ? NaN : this.maxValue;
  }
  /** Exact arithmetic mean; NaN when empty. */
  get mean(): number {
    return this.total === 0 ? NaN : this.sumValue / this.total;
  }

  /** Adds `n` occurrences of `value` (n defaults to 1). Non-finite values are ignored. O(1) amortised. */
  add(value: number, n = 1): void {
    if (!Number.isFinite(value) || n <= 0) return;
    if (value > ZERO_THRESHOLD) this.pos.add(this.indexOf(value), n);
    else if (value < -ZERO_THRESHOLD) this.neg.add(this.indexOf(-value), n);
    else this.zeroCount += n;
    this.total += n;
    this.sumValue += value * n;
    if (value < this.minValue) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
  }

  /** Adds every bucket of `other` into this histogram. Both must have the same alpha. */
  merge(other: Histogram): this {
    if (other.alpha !== this.alpha) {
      throw new RangeError(
        `cannot merge histograms of different accuracy (${this.alpha} and ${other.alpha})`,
      );
    }
    if (other.total === 0) return this;
    this.pos.mergeFrom(other.pos);
    this.neg.mergeFrom(other.neg);
    this.zeroCount += other.zeroCount;
    this.total += other.total;
    this.sumValue += other.sumValue;
    this.minValue = Math.min(this.minValue, other.minValue);
    this.maxValue = Math.max(this.maxValue, other.maxValue);
    return this;
  }

  clone(): Histogram {
    return new Histogram(this.alpha).merge(this);
  }

  /**
   * The type-7 quantile estimate for p in [0, 1], within `alpha` relative error of the exact value.
   * NaN when empty. O(number of buckets).
   * @example h.quantile(0.95)
   */
  quantile(p: number): number {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
    if (this.total === 0) return NaN;
    const h = p * (this.total - 1);
    const lo = Math.floor(h);
    const frac = h - lo;
    const [a, b] = this.valuesAtRanks(lo, frac > 0 ? lo + 1 : lo);
    return a + frac * (b - a);
  }

  /** Quantiles for several p at once. */
  quantiles(ps: readonly number[]): number[] {
    return ps.map((p) => this.quantile(p));
  }

  /** Non-empty buckets in ascending order of value, each with its representative value. */
  buckets(): Bucket[] {
    const out: Bucket[] = [];
    for (let i = this.neg.counts.length - 1; i >= 0; i--) {
      const c = this.neg.counts[i] as number;
      if (c > 0) out.push({ value: -this.valueOf(this.neg.offset + i), count: c });
    }
    if (this.zeroCount > 0) out.push({ value: 0, count: this.zeroCount });
    this.pos.counts.forEach((c, i) => {
      if (c > 0) out.push({ value: this.valueOf(this.pos.offset + i), count: c });
    });
    return out;
  }

  toJSON(): HistogramJSON {
    return {
      alpha: this.alpha,
      count: this.total,
      sum: this.sumValue,
      min: this.total === 0 ? 0 : this.minValue,
      max: this.total === 0 ? 0 : this.maxValue,
      zero: this.zeroCount,
      pos: this.pos.encode(),
      neg: this.neg.encode(),
    };
  }

  /** Rebuilds a histogram; throws a RangeError naming the inconsistency when the counts do not add up. */
  static fromJSON(json: HistogramJSON): Histogram {
    const h = new Histogram(json.alpha);
    const pos = BucketStore.decode(json.pos);
    const neg = BucketStore.decode(json.neg);
    if (pos.total + neg.total + json.zero !== json.count) {
      throw new RangeError(
        `histogram buckets hold ${pos.total + neg.total + json.zero} values but count says ${json.count}`,
      );
    }
    h.pos.mergeFrom(pos);
    h.neg = neg;
    h.zeroCount = json.zero;
    h.total = json.count;
    h.sumValue = json.sum;
    if (json.count > 0) {
      h.minValue = json.min;
      h.maxValue = json.max;
    }
    return h;
  }

  /** Builds a histogram from plain values (tests, simulations). */
  static of(values: Iterable<number>, alpha: number = DEFAULT_ALPHA): Histogram {
    const h = new Histogram(alpha);
    for (const v of values) h.add(v);
    return h;
  }

  private indexOf(magnitude: number): number {
    // Math.ceil(-0.2) is -0, and a bucket store offset of -0 makes two equal histograms compare unequal.
    const index = Math.ceil(Math.log(magnitude) / this.logGamma);
    return index === 0 ? 0 : index;
  }

  private valueOf(index: number): number {
    return (2 * Math.pow(this.gamma, index)) / (this.gamma + 1);
  }

  /** The estimated values at 0-based ranks r1 <= r2, clamped to the exact [min, max]. */
  private valuesAtRanks(r1: number, r2: number): [number, number] {
    const at = (r: number): number | undefined =>
      r === 0 ? this.minValue : r === this.total - 1 ? this.maxValue : undefined;
    let v1 = at(r1);
    let v2 = at(r2);
    if (v1 === undefined || v2 === undefined) {
      let seen = 0;
      for (const b of this.buckets()) {
        seen += b.count;
        if (v1 === undefined && r1 < seen) v1 = b.value;
        if (v2 === undefined && r2 < seen) {
          v2 = b.value;
          break;
        }
      }
    }
    const clamp = (v: number): number => Math.min(this.maxValue, Math.max(this.minValue, v));
    return [clamp(v1 as number), clamp(v2 as number)];
  }
}
