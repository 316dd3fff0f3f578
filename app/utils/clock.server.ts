// One clock for the app so tests can set the time.
let fixed: Date | null = null

export function now(): Date {
	return fixed ? new Date(fixed) : new Date()
}

/** Tests only: freeze the clock at a moment, or pass null to return to real time. */
export function setClock(moment: Date | null) {
	fixed = moment ? new Date(moment) : null
}
