import { describe, expect, it } from 'vitest';
import { normalizeCheckInCode } from './checkInCode.js';

describe('normalizeCheckInCode', () => {
  it('gives the stored, grouped form of a code typed any way', () => {
    const stored = '0A1B2-C3D4E-F5G6H-J7K8M';
    expect(normalizeCheckInCode(stored)).toBe(stored);
    expect(normalizeCheckInCode('0a1b2c3d4ef5g6hj7k8m')).toBe(stored);
    expect(normalizeCheckInCode(' 0A1B2 C3D4E - F5G6H J7K8M ')).toBe(stored);
    expect(normalizeCheckInCode('OAlB2-C3D4E-F5G6H-J7K8M')).toBe(stored);
    expect(normalizeCheckInCode('0AIB2-C3D4E-F5G6H-J7K8M')).toBe(stored);
  });

  it('refuses what cannot be a code: too short, too long, or a U', () => {
    expect(normalizeCheckInCode('0A1B2-C3D4E-F5G6H')).toBeNull();
    expect(normalizeCheckInCode('0A1B2-C3D4E-F5G6H-J7K8M-1')).toBeNull();
    expect(normalizeCheckInCode('UA1B2-C3D4E-F5G6H-J7K8M')).toBeNull();
    expect(normalizeCheckInCode('')).toBeNull();
  });
});
