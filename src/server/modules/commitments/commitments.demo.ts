import type { DemoSeed } from '../../core/http/module.js';

/** The demo's commitments and five years of reports. */
export async function seedCommitmentsDemo(_demo: DemoSeed): Promise<void> {}
