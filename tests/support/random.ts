/**
 * mulberry32: a small seeded generator of floats in [0, 1), so fuzz runs,
 * synthetic data and benchmarks are reproducible from their seed. Integer
 * steps with Math.imul (a float LCG loses precision and falls into short
 * cycles). No imports: bench/synthetic-orders.ts bundles it into a page.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
