// The dashboard's charts, drawn with recharts from the same table the page shows beneath each chart,
// so chart and table can never disagree. Loaded lazily and only after hydration (recharts draws
// nothing on the server): without JavaScript the tables carry every figure. The chart is one image
// to assistive technology; its numbers are read from the table.
import {
	Bar,
	BarChart,
	CartesianGrid,
	Legend,
	Line,
	LineChart,
	ReferenceLine,
	ResponsiveContainer,
	Tooltip,
	XAxis,
	YAxis,
} from 'recharts'
import { formatCell, type FigureTable } from '#app/domain/insight/figure-tables.ts'

/** How a figure is drawn: which columns are series, and whether the last row (a total) is left out. */
export type ChartSpec = {
	type: 'bar' | 'line'
	/** Column indexes of the table drawn as series. */
	series: number[]
	/** Bars running left to right, for long category names. */
	horizontal?: boolean
	withoutLastRow?: boolean
	reference?: { value: number; label: string }
}

/** Beyond this many points a line is drawn without dots. */
const MANY_POINTS = 20

/** Colour-blind-safe (Okabe–Ito); the legend and the table name every series in text. */
const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']
const dashes = [undefined, '6 3', '2 2', '8 3 2 3', '4 4', '1 3', '10 4']

export function InsightChart({ table, spec, locale }: { table: FigureTable; spec: ChartSpec; locale: string }) {
	const rows = spec.withoutLastRow ? table.rows.slice(0, -1) : table.rows
	const data = rows.map((row) => ({
		name: row.header,
		...Object.fromEntries(spec.series.map((column) => [`s${column}`, row.cells[column] ?? 0])),
	}))
	const kind = table.columns[spec.series[0] ?? 0]?.kind ?? 'count'
	const format = (value: unknown) => formatCell(typeof value === 'number' ? value : null, kind, locale)
	const height = spec.horizontal ? Math.max(160, rows.length * 44 + 60) : 300
	const valueAxis = { tickFormatter: format, allowDecimals: kind !== 'count' }
	const common = { data, accessibilityLayer: false, margin: { top: 8, right: 16, bottom: 8, left: 8 } }
	const reference = spec.reference ? (
		<ReferenceLine
			y={spec.reference.value}
			stroke="#334155"
			strokeDasharray="4 4"
			label={{ value: spec.reference.label, position: 'insideTopRight', fill: '#334155' }}
		/>
	) : null
	return (
		<ResponsiveContainer width="100%" height={height}>
			{spec.type === 'line' ? (
				<LineChart {...common}>
					<CartesianGrid strokeDasharray="3 3" />
					<XAxis dataKey="name" />
					<YAxis {...valueAxis} />
					<Tooltip formatter={format} />
					<Legend itemSorter={null} />
					{reference}
					{spec.series.map((column, index) => (
						<Line
							key={column}
							dataKey={`s${column}`}
							name={table.columns[column]?.label}
							stroke={palette[index % palette.length]}
							strokeDasharray={dashes[index % dashes.length]}
							strokeWidth={2}
							dot={rows.length <= MANY_POINTS}
							isAnimationActive={false}
						/>
					))}
				</LineChart>
			) : (
				<BarChart {...common} layout={spec.horizontal ? 'vertical' : 'horizontal'}>
					<CartesianGrid strokeDasharray="3 3" />
					{spec.horizontal ? (
						<>
							<XAxis type="number" {...valueAxis} />
							<YAxis type="category" dataKey="name" width={200} />
						</>
					) : (
						<>
							<XAxis dataKey="name" />
							<YAxis {...valueAxis} />
						</>
					)}
					<Tooltip formatter={format} />
					{spec.series.length > 1 ? <Legend itemSorter={null} /> : null}
					{reference}
					{spec.series.map((column, index) => (
						<Bar
							key={column}
							dataKey={`s${column}`}
							name={table.columns[column]?.label}
							fill={palette[index % palette.length]}
							isAnimationActive={false}
						/>
					))}
				</BarChart>
			)}
		</ResponsiveContainer>
	)
}
