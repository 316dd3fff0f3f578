// Highlighted text without HTML: Meilisearch marks matches with control characters, which we split
// into segments the UI renders as <mark>. Place texts are never injected as HTML.
export const HIGHLIGHT_PRE = '\u0002'
export const HIGHLIGHT_POST = '\u0003'

export type Segment = { text: string; mark: boolean }

export function toSegments(formatted: string | null | undefined): Segment[] {
	if (!formatted) return []
	const segments: Segment[] = []
	for (const part of formatted.split(HIGHLIGHT_PRE)) {
		const close = part.indexOf(HIGHLIGHT_POST)
		if (close === -1) {
			if (part) segments.push({ text: part, mark: false })
			continue
		}
		segments.push({ text: part.slice(0, close), mark: true })
		const rest = part.slice(close + 1)
		if (rest) segments.push({ text: rest, mark: false })
	}
	return segments
}

export function markedWords(segments: readonly Segment[]) {
	return segments.filter((segment) => segment.mark).map((segment) => segment.text)
}

export function hasMark(segments: readonly Segment[]) {
	return segments.some((segment) => segment.mark)
}

/** About `words` words around the first match (or the start), with ellipses where text was cut. */
export function cropSegments(segments: readonly Segment[], words = 30): Segment[] {
	const tokens: Segment[] = []
	for (const segment of segments) {
		for (const piece of segment.text.split(/(\s+)/)) if (piece) tokens.push({ text: piece, mark: segment.mark })
	}
	const wordIndexes = tokens.map((token, index) => (/\S/.test(token.text) ? index : -1)).filter((index) => index >= 0)
	if (wordIndexes.length <= words) return [...segments]
	const firstMark = tokens.findIndex((token) => token.mark)
	const firstMarkWord = Math.max(
		0,
		wordIndexes.findIndex((index) => index >= firstMark),
	)
	const startWord = firstMark === -1 ? 0 : Math.max(0, Math.min(firstMarkWord - 5, wordIndexes.length - words))
	const from = wordIndexes[startWord]!
	const to = wordIndexes[Math.min(wordIndexes.length - 1, startWord + words - 1)]!
	const cropped = tokens.slice(from, to + 1)
	if (from > 0) cropped.unshift({ text: '… ', mark: false })
	if (to < tokens.length - 1) cropped.push({ text: ' …', mark: false })
	// Merge neighbours with the same marking so the UI renders few elements.
	return cropped.reduce<Segment[]>((merged, token) => {
		const last = merged[merged.length - 1]
		if (last && last.mark === token.mark) last.text += token.text
		else merged.push({ ...token })
		return merged
	}, [])
}
