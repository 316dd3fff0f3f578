// OWNED BY THE DASHBOARD HELPER: stub with the agreed signature; replace the body.
import { type Insight, type Period } from './insight.ts'

/** Every aggregate figure of a coaching organisation (its candidates and its network) for a period. */
export async function getInsight(_organizationId: string, _period: Period): Promise<Insight> {
	throw new Error('getInsight is not implemented yet')
}
