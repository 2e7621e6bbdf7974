/** The QR search is bounded per image (issue #5: "bounded"): counted jsQR calls, not timings. */
import { describe, expect, it, vi } from 'vitest';
import { filled } from '../../support/make-qr';

const calls = vi.hoisted(() => ({ n: 0, pixels: 0 }));
vi.mock('jsqr', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (...a: unknown[]) => unknown }).default;
  return {
    default: (data: Uint8ClampedArray, w: number, h: number, o: unknown) => {
      calls.n++;
      calls.pixels += w * h;
      return real(data, w, h, o);
    },
  };
});

const { decodeQrCodes } = await import('../../../checks/readers/qr-decode');

describe('decodeQrCodes bounds', () => {
  it('makes at most maxAttempts jsQR calls on an image without a code', () => {
    calls.n = 0;
    expect(decodeQrCodes(filled(3000, 2000, [120, 130, 140]), { maxAttempts: 5 })).toEqual([]);
    expect(calls.n).toBe(5);
  });

  it('stops handing pixels to jsQR once maxPixels is spent', () => {
    calls.n = 0;
    calls.pixels = 0;
    decodeQrCodes(filled(1600, 400, [200, 200, 200]), { maxPixels: 1_000_000 });
    // The call that crosses the bound is the last one; one call is at most a 1,200 px view.
    expect(calls.pixels).toBeLessThan(1_000_000 + 1200 * 1200);
    expect(calls.n).toBeGreaterThan(0);
  });
});
