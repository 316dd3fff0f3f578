// Whether the page runs in the browser yet: for what only makes sense with JavaScript (a chart, a
// print button). Client-safe, no server imports.
import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}
const clientSnapshot = () => true
const serverSnapshot = () => false

/** False in the server's HTML and while hydrating; true once the page runs in the browser. */
export function useHydrated() {
	return useSyncExternalStore(noSubscription, clientSnapshot, serverSnapshot)
}
